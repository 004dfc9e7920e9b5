using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Queries.Shares;

/// <summary>Supplier shares by stage, chosen from the facts the dataset holds.</summary>
/// <remarks>
/// Two kinds of facts can answer "who supplies stage S of commodity C": published shares
/// (<see cref="StageShareFact"/>, IEA and USGS splits) and production tables (<see cref="ProductionFact"/>, USGS MCS).
/// Mining uses production tables first (every producer is listed, with the world total); other stages use
/// published shares first (production tables for refining cover few commodities). Within published shares the
/// newest non-projection year wins, observed before estimates, proxies last. Within production tables the
/// series with the most producers is used, in its newest year with a world total; share = value / world total × 100.
/// Nothing is interpolated: a stage without facts has no table.
/// </remarks>
public static class SupplyShares
{
    /// <summary>The table for one commodity and stage, or null when the dataset has no facts for it.</summary>
    public static StageShareTable? For(Dataset dataset, string commodity, Stage stage)
    {
        // Production tables first at every stage, as the dependency brief does (docs/brief.md), so the dashboard
        // and `lodestone brief` quote the same figure; published shares where no table exists, proxies last.
        return FromProduction(dataset, commodity, stage) ?? FromPublished(dataset, commodity, stage);
    }

    /// <summary>Every stage of <paramref name="commodity"/> that has a table, in stage order.</summary>
    public static IReadOnlyList<StageShareTable> AllStages(Dataset dataset, string commodity) =>
        Stages.All.Select(s => For(dataset, commodity, s)).OfType<StageShareTable>().ToList();

    public const string PublishedBasis = "published shares";
    public const string ProxyBasis = "proxy: mine figures";
    public const string ComputedBasis = "computed from production";

    private static StageShareTable? FromPublished(Dataset dataset, string commodity, Stage stage)
    {
        var best = dataset.StageShares
            .Where(f => f.Commodity == commodity && f.Stage == stage && !f.IsProjection)
            .GroupBy(f => (f.Year, f.ProductScope, f.DataType, f.IsProxy))
            .OrderBy(g => g.Key.IsProxy)
            .ThenByDescending(g => g.Key.Year)
            .ThenByDescending(g => g.Key.DataType.StartsWith("observed", StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.ProductScope, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best is null)
        {
            return null;
        }
        var rows = best
            .Select(f => new ShareRow(f.Country, Label(dataset, f.Country, f.Region), PercentOf(f), f.Qualifier, f.Value, f.Unit, f.SourceId))
            .OrderBy(r => r.Country is { IsAggregate: true } ? 1 : 0)
            .ThenByDescending(r => r.SharePct ?? -1)
            .ToList();
        return new StageShareTable(commodity, stage, best.Key.Year, best.Key.IsProxy ? ProxyBasis : PublishedBasis,
            best.Key.ProductScope, best.Key.DataType, rows);
    }

    private static StageShareTable? FromProduction(Dataset dataset, string commodity, Stage stage)
    {
        var candidates = dataset.Production
            .Where(p => p.Commodity == commodity && p.Stage == stage && p.Kind == OutputKind.Production)
            .GroupBy(p => p.Series)
            .Select(series => NewestWithWorldTotal(series.Key, series.ToList()))
            .OfType<(string Series, int Year, ProductionFact World, List<ProductionFact> Rows)>()
            .OrderByDescending(c => c.Rows.Count)
            .ThenBy(c => c.Series, StringComparer.Ordinal)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }
        var (name, year, world, facts) = candidates[0];
        var total = world.Value!.Value;
        var rows = facts
            .Where(p => p.Value is not null && !p.Country.Equals(Iso3.World))
            .Select(p => new ShareRow(p.Country, dataset.Countries.NameOf(p.Country), p.Value!.Value / total * 100.0,
                p.IsLowerBound ? ">" : "=", p.Value, p.Unit, p.SourceId))
            .OrderBy(r => r.Country is { IsAggregate: true } ? 1 : 0)
            .ThenByDescending(r => r.SharePct)
            .ToList();
        var dataType = world.IsEstimate ? "estimate" : "observed";
        return new StageShareTable(commodity, stage, year, ComputedBasis, name, dataType, rows);
    }

    private static (string, int, ProductionFact, List<ProductionFact>)? NewestWithWorldTotal(string series, List<ProductionFact> facts)
    {
        var world = facts
            .Where(p => p.Country.Equals(Iso3.World) && p.Value is > 0 && !p.IsLowerBound)
            .OrderByDescending(p => p.Year)
            .FirstOrDefault();
        if (world is null)
        {
            return null;
        }
        return (series, world.Year, world, facts.Where(p => p.Year == world.Year).ToList());
    }

    private static double? PercentOf(StageShareFact fact)
    {
        if (fact.Share is { } share)
        {
            return share.Percent;
        }
        return fact is { Value: { } v, WorldTotal: > 0 } ? v / fact.WorldTotal.Value * 100.0 : null;
    }

    private static string Label(Dataset dataset, Iso3? country, string? region) =>
        country is { } c ? dataset.Countries.NameOf(c) : region ?? "unnamed region";
}
