using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Queries.Shares;

namespace Lodestone.Queries.Contracts;

/// <summary>Maps domain records to API contracts by hand, so the wire shape changes only on purpose.</summary>
public static class DtoMapper
{
    public static SourceDto ToDto(this Source s) =>
        new(s.Id, s.Title, s.Publisher, s.Url, s.Published?.ToString(), s.ReadVia);

    public static ShareDto ToDto(this ShareRow r) =>
        new(r.Country?.Code, r.Label, r.SharePct, r.Qualifier, r.Value, r.Unit, r.SourceId);

    /// <summary>The table as a contract; with <paramref name="vintage"/>, a table of another year says so (<c>year_note</c>).</summary>
    public static StageSharesDto ToDto(this StageShareTable t, int? vintage = null) =>
        new(t.Stage.Name(), t.Year, t.Basis, t.Scope, t.DataType, t.Rows.Select(r => r.ToDto()).ToList(),
            vintage is { } y ? Vintages.Mark(t.Year, y) : null);

    public static ProductionDto ToDto(this ProductionFact p, CountryCatalog countries) =>
        new(p.Country.Code, countries.NameOf(p.Country), p.Stage.Name(), p.Series, p.Year, p.Value, p.Unit, p.IsEstimate, p.IsLowerBound, p.Note, p.SourceId);

    /// <param name="vintage">The view's data year: an estimate of a later year is marked (a newest-before one is the view's estimate).</param>
    public static ReserveDto ToDto(this ReserveFact r, CountryCatalog countries, int? vintage = null) =>
        new(r.Commodity, r.Country.Code, countries.NameOf(r.Country), r.Year, r.Value, r.Unit, r.IsLowerBound, r.Note, r.SourceId,
            vintage is { } y && r.Year > y ? Vintages.Mark(r.Year, y) : null);

    public static NetImportRelianceDto ToDto(this NetImportRelianceFact n) =>
        new(n.Importer.Code, n.Series, n.Year, n.Value.ToString(), n.Value.Lower, n.Value.Upper, n.Note, n.SourceId);

    public static ImportSourceDto ToDto(this ImportSourceFact i, CountryCatalog countries) =>
        new(i.Importer.Code, i.Partner.Code, countries.NameOf(i.Partner), i.Share.Percent, i.Period, i.Category, i.SourceId);

    public static ExportControlDto ToDto(this ExportControl c, CountryCatalog countries, DateOnly asOf) =>
        new(c.Id, c.Date.ToString(), c.EffectiveDate?.ToString(), c.Imposing.Code, countries.NameOf(c.Imposing), c.MeasureType, c.MeasureRef,
            c.CommodityText, c.Commodities, c.Targets.Select(t => t.Code).ToList(), c.TargetsText, c.Status, c.StatusAsOf?.ToString(),
            c.StatusOn(asOf), c.InForceOn(asOf), c.SourceId, c.Notes);

    public static AgreementDto ToDto(this Agreement a) =>
        new(a.Id, a.Date.ToString(), a.Parties.Select(p => p.Code).ToList(), a.OtherParties, a.Type, a.CommodityText, a.AmountUsd, a.AmountNote,
            a.Summary, a.Status, a.SourceId);

    public static ProjectDto ToDto(this Project p, CountryCatalog countries) =>
        new(p.Id, p.Name, p.Country.Code, countries.NameOf(p.Country), p.Location, p.Operator, p.CommodityText, p.Stages.Select(s => s.Name()).ToList(),
            p.CapacityMin, p.CapacityMax, p.Unit, p.Status, p.StatusDate?.ToString(), p.ExpectedStart?.ToString(), p.InvestmentUsd, p.UsGovSupport, p.SourceId);

    /// <summary>The sources behind <paramref name="ids"/>, in id order, skipping ids the dataset does not hold.</summary>
    public static IReadOnlyList<SourceDto> SourcesFor(Dataset dataset, IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(id => dataset.Sources.GetValueOrDefault(id))
            .OfType<Source>()
            .Select(s => s.ToDto())
            .ToList();
}
