using Lodestone.Domain.Exposure;
using Lodestone.Domain.Model;

namespace Lodestone.Cli.Commands.Exposure;

/// <summary>The JSON contract of <c>lodestone exposure</c> (snake_case via <see cref="Infrastructure.JsonOutput"/>), mapped by hand from the domain.</summary>
internal sealed record ExposureJson(string Importer, string Supplier, IReadOnlyList<ExposureCommodityJson> Commodities)
{
    public static ExposureJson From(Iso3 importer, Iso3 supplier, IEnumerable<ExposureReport> reports) =>
        new(importer.Code, supplier.Code, reports.Select(ExposureCommodityJson.From).ToList());
}

internal sealed record ExposureCommodityJson(
    string Commodity,
    double? ImportShare,
    double? AnyStage,
    string? ImportPeriod,
    string? ImportCategory,
    string? NetImportReliancePct,
    IReadOnlyList<ExposureStageJson> Stages,
    TransitJson? Transit,
    IReadOnlyList<PathJson> TopPaths,
    IReadOnlyList<PathJson> SupplierPaths,
    IReadOnlyList<OwnershipJson> OwnershipUsed,
    IReadOnlyList<OwnershipJson> OwnershipContext,
    IReadOnlyList<string> Assumptions,
    IReadOnlyList<string> Missing,
    string? Solver)
{
    public static ExposureCommodityJson From(ExposureReport r) => new(
        r.Commodity, r.ImportShare, r.AnyStage, r.ImportPeriod, r.ImportCategory, r.NetImportReliance?.ToString(),
        r.Stages.Select(ExposureStageJson.From).ToList(),
        r.Transit is { } t ? new TransitJson(t.TransitCountry.Code, t.Lower, t.Upper, t.Routes) : null,
        r.TopPaths.Select(PathJson.From).ToList(), r.SupplierPaths.Select(PathJson.From).ToList(),
        r.OwnershipUsed.Select(OwnershipJson.From).ToList(), r.OwnershipContext.Select(OwnershipJson.From).ToList(),
        r.Assumptions, r.Missing, r.Solver);
}

internal sealed record ExposureStageJson(
    string Stage,
    double? Direct,
    double? Effective,
    double? ControlAdjusted,
    double? ControlAdjustedDirect,
    bool ControlIsLowerBound,
    int? Year,
    string? Series,
    string? DataType,
    string? Basis,
    bool IsProxy,
    IReadOnlyList<string> SourceIds,
    IReadOnlyList<string> Notes)
{
    public static ExposureStageJson From(ExposureStageRow s) => new(
        s.Stage.Name(), s.Direct, s.Effective, s.ControlAdjusted, s.ControlAdjustedDirect, s.ControlIsLowerBound,
        s.Distribution?.Year, s.Distribution?.Series, s.Distribution?.DataType, s.Distribution?.Basis.ToString(),
        s.Distribution?.IsProxy ?? false, s.Distribution?.SourceIds ?? [], s.Notes);
}

internal sealed record TransitJson(string TransitCountry, double Lower, double Upper, IReadOnlyList<string> Routes);

internal sealed record PathJson(IReadOnlyList<string> Nodes, double Share)
{
    public static PathJson From(ExposurePath p) => new(p.Nodes.Select(n => n.ToString()).ToList(), p.Share);
}

internal sealed record OwnershipJson(string Scope, string? Asset, string Country, string Stage, string Owner, string? OwnerCompany, double SharePct, bool IsLowerBound, string Basis, string SourceId)
{
    public static OwnershipJson From(Domain.Facts.OwnershipFact o) => new(
        o.Scope.ToString().ToLowerInvariant(), o.Asset, o.Country.Code, o.Stage.Name(), o.Owner.Code, o.OwnerCompany, o.Share.Percent, o.IsLowerBound, o.Basis, o.SourceId);
}
