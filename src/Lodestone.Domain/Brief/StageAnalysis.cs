using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Brief;

/// <summary>Country shares of one stage of one commodity, from production figures or published stage shares.</summary>
/// <remarks>
/// Production basis: each listed country's figure over the world-total row of the same series and year (USGS
/// "World total (rounded)"); when there is no world total, over the sum of the listed rows including "Other
/// countries", and the note says so. The HHI runs over listed countries only; "Other countries" is an aggregate
/// of many producers, so leaving it out makes the HHI a lower bound.
/// Published-shares basis (refining and components without country production data): the latest observed year
/// up to the requested year; the shares are the publisher's; rest of world is left out of the HHI (lower bound).
/// </remarks>
public static class StageAnalysis
{
    public static StageSummary? Summarise(Dataset data, string commodity, Stage stage, Iso3 supplier, int? year)
    {
        return FromProduction(data, commodity, stage, supplier, year) ?? FromStageShares(data, commodity, stage, supplier, year);
    }

    /// <summary>The production series used for a commodity and stage: the one with a world total and the most countries.</summary>
    public static (string Series, int Year)? PrimarySeries(Dataset data, string commodity, Stage stage, int? year)
    {
        var candidates = data.Production
            .Where(p => p.Commodity == commodity && p.Stage == stage && p.Kind == OutputKind.Production
                        && (year is null || p.Year == year) && p.Value is not null)
            .GroupBy(p => (p.Series, p.Year))
            .Select(g => (g.Key.Series, g.Key.Year, HasWorld: g.Any(p => p.Country == Iso3.World),
                Countries: g.Count(p => !p.Country.IsAggregate), Total: g.Where(p => p.Country == Iso3.World).Sum(p => p.Value ?? 0)))
            .OrderByDescending(c => c.Year)
            .ThenByDescending(c => c.HasWorld)
            .ThenByDescending(c => c.Countries)
            .ThenBy(c => c.Series, StringComparer.Ordinal)
            .ToList();
        return candidates.Count == 0 ? null : (candidates[0].Series, candidates[0].Year);
    }

    public static IReadOnlyList<ProductionFact> SeriesRows(Dataset data, string commodity, Stage stage, string series, int year) =>
        data.Production.Where(p => p.Commodity == commodity && p.Stage == stage && p.Series == series && p.Year == year
                                   && p.Kind == OutputKind.Production).ToList();

    /// <summary>The denominator of a production series: the world total, else the sum of listed rows; with a note when it is the latter.</summary>
    public static (double? Total, string? Note) WorldTotal(IReadOnlyList<ProductionFact> rows)
    {
        var world = rows.FirstOrDefault(p => p.Country == Iso3.World);
        if (world?.Value is { } w && w > 0)
        {
            return (w, null);
        }
        var sum = rows.Where(p => p.Country != Iso3.World).Sum(p => p.Value ?? 0);
        return sum > 0 ? (sum, "no world total published: shares are of the sum of listed countries") : (null, "no world total and no figures");
    }

    private static StageSummary? FromProduction(Dataset data, string commodity, Stage stage, Iso3 supplier, int? year)
    {
        if (PrimarySeries(data, commodity, stage, year) is not { } chosen)
        {
            return null;
        }
        var rows = SeriesRows(data, commodity, stage, chosen.Series, chosen.Year);
        var (total, totalNote) = WorldTotal(rows);
        if (total is not { } denominator)
        {
            return null;
        }
        var countries = rows.Where(p => !p.Country.IsAggregate && p.Value is not null)
            .Select(p => (p.Country, Share: p.Value!.Value / denominator))
            .OrderByDescending(c => c.Share).ThenBy(c => c.Country.Code, StringComparer.Ordinal)
            .ToList();
        var supplierRow = rows.FirstOrDefault(p => p.Country == supplier);
        double? supplierShare = supplierRow?.Value is { } v ? v / denominator : null;
        var notes = new List<string>();
        if (totalNote is not null)
        {
            notes.Add(totalNote);
        }
        if (supplierRow is null)
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
            countries.Take(3).Select(c => new CountryShare(c.Country.Code, c.Share)).ToList(),
            chosen.Year,
            chosen.Series,
            "production",
            notes.Count == 0 ? null : string.Join("; ", notes),
            rows.Select(p => p.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
    }

    private static StageSummary? FromStageShares(Dataset data, string commodity, Stage stage, Iso3 supplier, int? year)
    {
        var observed = data.StageShares
            .Where(s => s.Commodity == commodity && s.Stage == stage && !s.IsProjection && (year is null || s.Year <= year))
            .ToList();
        if (observed.Count == 0)
        {
            return null;
        }
        // Latest year first; within it prefer the plain "observed" set over approximate or as-cited figures.
        var group = observed
            .GroupBy(s => (s.Year, s.DataType, s.ProductScope))
            .OrderByDescending(g => g.Key.Year)
            .ThenBy(g => g.Key.DataType.Equals("observed", StringComparison.Ordinal) ? 0 : 1)
            .ThenByDescending(g => g.Count())
            .First()
            .ToList();
        var countries = group.Where(s => s.Country is { IsAggregate: false } && s.Share is not null)
            .Select(s => (Country: s.Country!.Value, Share: s.Share!.Value.Value))
            .OrderByDescending(c => c.Share).ThenBy(c => c.Country.Code, StringComparer.Ordinal)
            .ToList();
        var supplierFact = group.FirstOrDefault(s => s.Country == supplier);
        var notes = new List<string> { $"{group[0].DataType}: {group[0].ProductScope}" };
        if (group.Any(s => s.IsProxy))
        {
            notes.Add("PROXY: mine-stage shares stand in for the missing processing split");
        }
        if (supplierFact is { Qualifier: not "=" } q)
        {
            notes.Add(q.Qualifier == "~" ? "supplier share is approximate" : "supplier share is a lower bound");
        }
        if (supplierFact is null)
        {
            notes.Add($"{supplier} not among the countries listed");
        }
        var remainder = 1 - countries.Sum(c => c.Share);
        return new StageSummary(
            supplierFact?.Share?.Value,
            Metrics.Concentration.HhiPercent(countries.Select(c => c.Share * 100)),
            remainder > 1e-9,
            countries.Take(3).Select(c => new CountryShare(c.Country.Code, c.Share)).ToList(),
            group[0].Year,
            group[0].ProductScope,
            "published shares",
            string.Join("; ", notes),
            group.Select(s => s.SourceId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
    }
}
