using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Brief;

/// <summary>The brief's summary of one stage of one commodity: the supplier's share, the HHI and the top producers of the series
/// <see cref="StageSeriesSelector"/> chooses (the one rule every view uses).</summary>
/// <remarks>
/// Production basis: each listed country's figure over the world-total row of the same series and year (USGS "World total
/// (rounded)"). The HHI runs over listed countries only; "Other countries" is an aggregate of many producers, so leaving it
/// out makes the HHI a lower bound. Published-shares basis: the publisher's shares; rest of world is left out of the HHI
/// (lower bound). A supplier the source does not list is bounded, not missing: its output is inside "Other countries"
/// (production) or inside what the listed countries leave (published shares), so that share is its upper bound.
/// </remarks>
internal static class StageAnalysis
{
    public static StageSummary? Summarise(Dataset data, string commodity, Stage stage, Iso3 supplier, int? year) =>
        StageSeriesSelector.Choose(data, commodity, stage, year) switch
        {
            { Basis: ShareBasis.ProductionOverWorldTotal } c => FromProduction(c, supplier),
            { } c => FromStageShares(c, supplier),
            null => Missing(data, commodity, stage),
        };

    /// <summary>A stage whose series rule says no world share can be computed (boron: no USGS world total): shown as missing with
    /// the rule's reason, citing the rows that exist without a total.</summary>
    private static StageSummary? Missing(Dataset data, string commodity, Stage stage) =>
        StageSeriesSelector.MissingReason(data, commodity, stage) is { } reason
            ? new StageSummary(null, null, false, [], null, "", "none", reason,
                data.Production.Where(p => p.Commodity == commodity && p.Stage == stage).Select(p => p.SourceId)
                    .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())
            : null;

    private static StageSummary FromProduction(StageSeriesChoice chosen, Iso3 supplier)
    {
        var rows = chosen.Production;
        var denominator = chosen.World!.Value!.Value;
        var countries = rows.Where(p => !p.Country.IsAggregate && p.Value is not null)
            .Select(p => (p.Country, Share: p.Value!.Value / denominator))
            .OrderByDescending(c => c.Share).ThenBy(c => c.Country.Code, StringComparer.Ordinal)
            .ToList();
        var supplierRow = rows.FirstOrDefault(p => p.Country == supplier);
        double? supplierShare = supplierRow?.Value is { } v ? v / denominator : null;
        double? upper = null;
        var notes = new List<string>();
        if (supplierRow is null && rows.FirstOrDefault(p => p.Country == Iso3.Other)?.Value is { } other)
        {
            // Not listed: whatever it produces is inside "Other countries", so that row bounds it.
            upper = other / denominator;
            notes.Add($"{supplier} not listed by the source: at most the 'Other countries' share");
        }
        else if (supplierRow is null)
        {
            notes.Add($"{supplier} not listed by the source");
        }
        else if (supplierRow.Value is null)
        {
            notes.Add($"{supplier}: {supplierRow.Note ?? "no figure published"}");
        }
        var withheld = rows.Where(p => !p.Country.IsAggregate && p.Value is null).Select(p => p.Country.Code).ToList();
        if (withheld.Count > 0)
        {
            notes.Add("no figure for " + string.Join(", ", withheld));
        }
        var hasOther = rows.Any(p => p.Country == Iso3.Other && p.Value is > 0);
        return new StageSummary(
            supplierShare,
            Metrics.Concentration.HhiPercent(countries.Select(c => c.Share * 100)),
            hasOther || withheld.Count > 0,
            countries.Take(3).Select(c => new TopProducer(c.Country.Code, c.Share)).ToList(),
            chosen.Year,
            chosen.Series,
            "production",
            notes.Count == 0 ? null : string.Join("; ", notes),
            rows.Select(p => p.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            SupplierShareUpper: upper);
    }

    private static StageSummary FromStageShares(StageSeriesChoice chosen, Iso3 supplier)
    {
        var group = chosen.Published;
        var countries = group.Where(s => s.Country is { IsAggregate: false } && s.Share is not null)
            .Select(s => (Country: s.Country!.Value, Share: s.Share!.Value.Value))
            .OrderByDescending(c => c.Share).ThenBy(c => c.Country.Code, StringComparer.Ordinal)
            .ToList();
        var supplierFact = group.FirstOrDefault(s => s.Country == supplier);
        var notes = new List<string> { $"{chosen.DataType}: {chosen.Series}" };
        if (chosen.IsProxy)
        {
            notes.Add("PROXY: mine-stage shares stand in for the missing processing split");
        }
        if (supplierFact is { Qualifier: not "=" } q)
        {
            notes.Add(q.Qualifier == "~" ? "supplier share is approximate" : "supplier share is a lower bound");
        }
        var remainder = 1 - countries.Sum(c => c.Share);
        if (supplierFact is null)
        {
            notes.Add($"{supplier} not among the countries listed" + (remainder > 1e-9 ? ": at most what the listed countries leave" : ""));
        }
        return new StageSummary(
            supplierFact?.Share?.Value,
            Metrics.Concentration.HhiPercent(countries.Select(c => c.Share * 100)),
            remainder > 1e-9,
            countries.Take(3).Select(c => new TopProducer(c.Country.Code, c.Share)).ToList(),
            chosen.Year,
            chosen.Series,
            "published shares",
            string.Join("; ", notes),
            group.Select(s => s.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            SupplierShareUpper: supplierFact is null && remainder > 1e-9 ? remainder : null);
    }
}
