using System.Globalization;
using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Metrics;

/// <summary>The one rule that picks which series answers "who supplies stage S of commodity C": every view (brief, mineral and
/// country profiles, map, exposure, metrics) reads its shares through it, so they quote the same figure.</summary>
/// <remarks>
/// The series is a documented rule in data (<see cref="Dataset.SeriesRules"/>, <c>data/reference/stage_series.csv</c>, one row
/// per commodity and stage with its reason), not a heuristic:
/// <list type="bullet">
/// <item>production: the named USGS series, in the newest year (at most the requested year: a view of year Y shows an older
/// figure marked, never a newer one, <see cref="KnowledgeBase.Vintages"/>) with a published world total (WLD row, a value, not a lower bound). A share is a country's figure over that total;
/// series the rule lists in <see cref="StageSeriesRule.WorldExcludes"/> (moved to their own series but counted by USGS's world
/// total) are taken off it in the same year.</item>
/// <item>published: the named product scope of <c>processing_shares.csv</c>, non-projection rows up to the requested year, the
/// newest year first, then "observed" before other data types, then the group with more rows, then file order.</item>
/// <item>none: no world share (boron: USGS gives no world total); <see cref="MissingReason"/> says why.</item>
/// </list>
/// A commodity and stage without a rule (a dataset built without <c>stage_series.csv</c>) takes its one USGS series with a world
/// total, or else its one published group; when several could answer, no share is chosen rather than a guess.
/// </remarks>
public static class StageSeriesSelector
{
    /// <summary>The series that answers <paramref name="commodity"/> at <paramref name="stage"/> for <paramref name="year"/> (null:
    /// the newest), by the rules above; null when the rule says no share or no single series can answer.</summary>
    public static StageSeriesChoice? Choose(Dataset dataset, string commodity, Stage stage, int? year = null) =>
        dataset.SeriesRules.For(commodity, stage) switch
        {
            { Basis: SeriesBasis.None } => null,
            { Basis: SeriesBasis.Production } rule => FromProduction(dataset, commodity, stage, year, rule.Series, rule.WorldExcludes),
            { Basis: SeriesBasis.Published } rule => FromPublished(dataset, commodity, stage, year, rule.Series),
            _ => Unruled(dataset, commodity, stage, year),
        };

    /// <summary>Why a stage has no world share when its rule says none (boron, hafnium, uranium); null otherwise.</summary>
    public static string? MissingReason(Dataset dataset, string commodity, Stage stage) =>
        dataset.SeriesRules.For(commodity, stage) is { Basis: SeriesBasis.None } rule ? rule.Reason : null;

    private static StageSeriesChoice? Unruled(Dataset dataset, string commodity, Stage stage, int? year)
    {
        var production = ProductionRows(dataset, commodity, stage, year)
            .Where(p => p.Country == Iso3.World && p.Value is > 0 && !p.IsLowerBound)
            .Select(p => p.Series)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (production.Count > 0)
        {
            return production.Count == 1 ? FromProduction(dataset, commodity, stage, year, production[0], []) : null;
        }
        var published = PublishedRows(dataset, commodity, stage, year).Select(x => x.Fact.ProductScope).Distinct(StringComparer.Ordinal).ToList();
        return published.Count == 1 ? FromPublished(dataset, commodity, stage, year, published[0]) : null;
    }

    private static IEnumerable<ProductionFact> ProductionRows(Dataset dataset, string commodity, Stage stage, int? year) =>
        dataset.Production.Where(p => p.Commodity == commodity && p.Stage == stage && p.Kind == OutputKind.Production && (year is null || p.Year <= year));

    private static StageSeriesChoice? FromProduction(Dataset dataset, string commodity, Stage stage, int? year, string series, IReadOnlyList<string> excludes)
    {
        var rows = ProductionRows(dataset, commodity, stage, year).ToList();
        var world = rows.Where(p => p.Series == series && p.Country == Iso3.World && p.Value is > 0 && !p.IsLowerBound)
            .OrderByDescending(p => p.Year)
            .FirstOrDefault();
        if (world is null)
        {
            return null;
        }
        var members = rows.Where(p => p.Series == series && p.Year == world.Year && p.Country != Iso3.World).ToList();
        members.Add(LessExcluded(world, rows.Where(p => excludes.Contains(p.Series) && p.Year == world.Year && !p.Country.IsAggregate).ToList()));
        return new StageSeriesChoice(commodity, stage, ShareBasis.ProductionOverWorldTotal, series, world.Year, "USGS production", members, []);
    }

    /// <summary>The world total less the rows moved to their own series (USGS's total counts them; the series' countries do not).</summary>
    private static ProductionFact LessExcluded(ProductionFact world, IReadOnlyList<ProductionFact> moved)
    {
        var known = moved.Where(p => p.Value is not null).ToList();
        if (known.Count == 0)
        {
            return world;
        }
        var taken = known.Sum(p => p.Value!.Value);
        var text = string.Join(", ", known.Select(p => $"{p.Series} ({p.Country.Code}) {p.Value!.Value.ToString("0.###", CultureInfo.InvariantCulture)}"));
        var note = $"world total {world.Value!.Value.ToString("0.###", CultureInfo.InvariantCulture)} less {text}, which USGS counts in it";
        return world with { Value = world.Value!.Value - taken, Note = world.Note is null ? note : world.Note + "; " + note };
    }

    private static List<(StageShareFact Fact, int Order)> PublishedRows(Dataset dataset, string commodity, Stage stage, int? year) =>
        dataset.StageShares
            .Select((f, i) => (Fact: f, Order: i))
            .Where(x => x.Fact.Commodity == commodity && x.Fact.Stage == stage && !x.Fact.IsProjection && (year is null || x.Fact.Year <= year))
            .ToList();

    private static StageSeriesChoice? FromPublished(Dataset dataset, string commodity, Stage stage, int? year, string scope)
    {
        var facts = PublishedRows(dataset, commodity, stage, year).Where(x => x.Fact.ProductScope == scope).ToList();
        if (facts.Count == 0)
        {
            return null;
        }
        var group = facts
            .GroupBy(x => (x.Fact.Year, x.Fact.DataType))
            .OrderByDescending(g => g.Key.Year)
            .ThenBy(g => g.Key.DataType == "observed" ? 0 : g.Key.DataType.StartsWith("observed", StringComparison.Ordinal) ? 1 : 2)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Min(x => x.Order))
            .First();
        return new StageSeriesChoice(commodity, stage, ShareBasis.PublishedStageShares, scope, group.Key.Year, group.Key.DataType,
            [], group.Select(x => x.Fact).ToList());
    }
}
