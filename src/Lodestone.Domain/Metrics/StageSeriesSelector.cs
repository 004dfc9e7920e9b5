using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Metrics;

/// <summary>The one rule that picks which series answers "who supplies stage S of commodity C": every view (brief, mineral and
/// country profiles, map, exposure, metrics) reads its shares through it, so they quote the same figure.</summary>
/// <remarks>
/// <list type="number">
/// <item>USGS production first: among the production series of the commodity and stage, only those with a published world
/// total (WLD row, a value, not a lower bound) in the year are eligible, since a share is a country's figure over the world
/// total of the same series and year (a commodity without a USGS world total, such as boron, gets no world share). The
/// newest year wins (at most the requested year; exactly it when the caller asks for one), then the series named
/// "… production" or after the commodity, then the series listing the most countries, then the name.</item>
/// <item>Otherwise published stage shares (processing_shares.csv), non-projection groups up to the requested year: real
/// splits before mine proxies (a proxy only stands in), then the newest year, "observed" before other data types, the group
/// with more rows, file order.</item>
/// </list>
/// </remarks>
public static class StageSeriesSelector
{
    public static StageSeriesChoice? Choose(Dataset dataset, string commodity, Stage stage, int? year = null) =>
        FromProduction(dataset, commodity, stage, year) ?? FromPublished(dataset, commodity, stage, year);

    private static StageSeriesChoice? FromProduction(Dataset dataset, string commodity, Stage stage, int? year)
    {
        var rows = dataset.Production
            .Where(p => p.Commodity == commodity && p.Stage == stage && p.Kind == OutputKind.Production && (year is null || p.Year == year))
            .ToList();
        var best = rows.Where(p => p.Country == Iso3.World && p.Value is > 0 && !p.IsLowerBound)
            .Select(w => (w.Series, w.Year, Countries: rows.Count(p => p.Series == w.Series && p.Year == w.Year && !p.Country.IsAggregate && p.Value is not null)))
            .OrderByDescending(c => c.Year)
            .ThenBy(c => c.Series.EndsWith("production", StringComparison.Ordinal) || c.Series == commodity ? 0 : 1)
            .ThenByDescending(c => c.Countries)
            .ThenBy(c => c.Series, StringComparer.Ordinal)
            .Select(c => ((string Series, int Year)?)(c.Series, c.Year))
            .FirstOrDefault();
        if (best is not { } chosen)
        {
            return null;
        }
        var members = rows.Where(p => p.Series == chosen.Series && p.Year == chosen.Year).ToList();
        return new StageSeriesChoice(commodity, stage, ShareBasis.ProductionOverWorldTotal, chosen.Series, chosen.Year, "USGS production", members, []);
    }

    private static StageSeriesChoice? FromPublished(Dataset dataset, string commodity, Stage stage, int? year)
    {
        var facts = dataset.StageShares
            .Select((f, i) => (Fact: f, Order: i))
            .Where(x => x.Fact.Commodity == commodity && x.Fact.Stage == stage && !x.Fact.IsProjection && (year is null || x.Fact.Year <= year))
            .ToList();
        if (facts.Count == 0)
        {
            return null;
        }
        var group = facts
            .GroupBy(x => (x.Fact.Year, x.Fact.DataType, x.Fact.ProductScope))
            .OrderBy(g => g.Any(x => x.Fact.IsProxy) ? 1 : 0)
            .ThenByDescending(g => g.Key.Year)
            .ThenBy(g => g.Key.DataType == "observed" ? 0 : g.Key.DataType.StartsWith("observed", StringComparison.Ordinal) ? 1 : 2)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Min(x => x.Order))
            .First();
        return new StageSeriesChoice(commodity, stage, ShareBasis.PublishedStageShares, group.Key.ProductScope, group.Key.Year, group.Key.DataType,
            [], group.Select(x => x.Fact).ToList());
    }
}
