using Lodestone.Domain.Exposure;

namespace Lodestone.Exposure.Contracts;

/// <summary>One commodity of an exposure report: stage rows, import shares, transit, paths, ownership, assumptions and what is missing.</summary>
/// <param name="ImportShare">Supplier's share of the importer's imports, 0–1; null without import data.</param>
/// <param name="AnyStage">Share of the traced imports that passed through the supplier at any stage, 0–1.</param>
/// <param name="NetImportReliancePct">The importer's net import reliance as published (percent, possibly a bound such as "&gt;50" or "E").</param>
public sealed record ExposureCommodityJson(
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
