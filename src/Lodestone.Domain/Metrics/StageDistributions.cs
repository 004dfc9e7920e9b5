using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Metrics;

/// <summary>Builds <see cref="StageDistribution"/>s from a dataset: the world stage shares every metric and the brief use.</summary>
/// <remarks>
/// Rules (the same as the brief's supplier share per stage):
/// <list type="bullet">
/// <item>Mining: USGS production; the latest year whose WLD world-total row has a value; share = country value ÷ WLD of the
/// same commodity, stage, series and year. Rows without a value (W, NA) are left out and reported as missing.</item>
/// <item>Refining and components: published stage shares (processing_shares facts) of the latest non-projection year;
/// within that year the data type "observed" wins over others, then the group with more rows, then file order.
/// Proxy rows (a mine split standing in for processing) are kept and flagged. When no published shares exist,
/// USGS refinery production ÷ WLD is used.</item>
/// </list>
/// </remarks>
public static class StageDistributions
{
    /// <summary>The distribution for one commodity and stage, or null when the dataset has none.</summary>
    public static StageDistribution? For(Dataset dataset, string commodity, Stage stage) => stage switch
    {
        Stage.Mining => FromProduction(dataset, commodity, Stage.Mining),
        _ => FromStageShares(dataset, commodity, stage) ?? FromProduction(dataset, commodity, stage),
    };

    /// <summary>Distributions for every stage that has data, in chain order.</summary>
    public static IReadOnlyList<StageDistribution> AllStages(Dataset dataset, string commodity) =>
        [.. new[] { Stage.Mining, Stage.Refining, Stage.Components }.Select(s => For(dataset, commodity, s)).OfType<StageDistribution>()];

    /// <summary>USGS production ÷ WLD, latest year with a world total; the canonical series first.</summary>
    public static StageDistribution? FromProduction(Dataset dataset, string commodity, Stage stage)
    {
        var rows = dataset.Production.Where(p => p.Commodity == commodity && p.Stage == stage && p.Kind == OutputKind.Production).ToList();
        var totals = rows.Where(p => p.Country == Iso3.World && p.Value is > 0)
            .OrderByDescending(p => p.Year)
            .ThenBy(p => p.Series.EndsWith("production", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(p => p.Series, StringComparer.Ordinal)
            .ToList();
        if (totals.Count == 0)
        {
            return null;
        }
        var total = totals[0];
        var members = rows.Where(p => p.Series == total.Series && p.Year == total.Year && p.Country != Iso3.World && p.Value is not null)
            .Select(p => new CountryShare(p.Country, p.Value!.Value / total.Value!.Value, p.Value, p.IsLowerBound ? ">" : "="))
            .ToList();
        return new StageDistribution(commodity, stage, total.Year, total.Series, "USGS production", ShareBasis.ProductionOverWorldTotal,
            total.Unit, total.Value, IsProxy: false, Order(members),
            rows.Where(p => p.Series == total.Series && p.Year == total.Year).Select(p => p.SourceId).Distinct().ToList());
    }

    /// <summary>Published stage shares of the latest non-projection year, or null when none exist.</summary>
    public static StageDistribution? FromStageShares(Dataset dataset, string commodity, Stage stage)
    {
        var facts = dataset.StageShares
            .Select((f, i) => (Fact: f, Order: i))
            .Where(x => x.Fact.Commodity == commodity && x.Fact.Stage == stage && !x.Fact.IsProjection)
            .ToList();
        if (facts.Count == 0)
        {
            return null;
        }
        var year = facts.Max(x => x.Fact.Year);
        var group = facts.Where(x => x.Fact.Year == year)
            .GroupBy(x => (x.Fact.DataType, x.Fact.ProductScope))
            .OrderBy(g => g.Key.DataType == "observed" ? 0 : g.Key.DataType.StartsWith("observed", StringComparison.Ordinal) ? 1 : 2)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Min(x => x.Order))
            .First()
            .Select(x => x.Fact)
            .ToList();
        var first = group[0];
        var shares = group.Where(f => f.Country is not null && f.Share is not null)
            .Select(f => new CountryShare(f.Country!.Value, f.Share!.Value.Value, f.Value, f.Qualifier))
            .ToList();
        return new StageDistribution(commodity, stage, year, first.ProductScope, first.DataType, ShareBasis.PublishedStageShares,
            first.Unit, first.WorldTotal, group.Any(f => f.IsProxy), Order(shares),
            group.Select(f => f.SourceId).Distinct().ToList());
    }

    private static IReadOnlyList<CountryShare> Order(List<CountryShare> shares) =>
        [.. shares.Where(s => !s.IsAggregate).OrderByDescending(s => s.Share).ThenBy(s => s.Country.Code, StringComparer.Ordinal),
         .. shares.Where(s => s.IsAggregate).OrderBy(s => s.Country.Code, StringComparer.Ordinal)];
}
