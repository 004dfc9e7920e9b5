using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Queries.Shares;

/// <summary>Supplier shares by stage as the profiles and the map show them: the series <see cref="StageSeriesSelector"/> chooses
/// (the brief's and the exposure's), every row of it, in percent.</summary>
/// <remarks>Production: share = value / world total × 100 of the same series and year. Published: the publisher's shares.
/// Nothing is interpolated: a stage without facts has no table.</remarks>
public static class SupplyShares
{
    /// <summary>The table for one commodity and stage (of <paramref name="year"/> or the newest before it; null: the newest), or null
    /// when the dataset has no facts for it.</summary>
    public static StageShareTable? For(Dataset dataset, string commodity, Stage stage, int? year = null) =>
        StageSeriesSelector.Choose(dataset, commodity, stage, year) switch
        {
            { Basis: ShareBasis.ProductionOverWorldTotal } c => FromProduction(dataset, c),
            { } c => FromPublished(dataset, c),
            null => null,
        };

    /// <summary>Every stage of <paramref name="commodity"/> that has a table, in stage order.</summary>
    public static IReadOnlyList<StageShareTable> AllStages(Dataset dataset, string commodity, int? year = null) =>
        Stages.All.Select(s => For(dataset, commodity, s, year)).OfType<StageShareTable>().ToList();

    public const string PublishedBasis = "published shares";
    public const string ProxyBasis = "proxy: mine figures";
    public const string ComputedBasis = "computed from production";

    private static StageShareTable FromPublished(Dataset dataset, StageSeriesChoice choice)
    {
        var rows = choice.Published
            .Select(f => new ShareRow(f.Country, Label(dataset, f.Country, f.Region), PercentOf(f), f.Qualifier, f.Value, f.Unit, f.SourceId))
            .OrderBy(r => r.Country is { IsAggregate: true } ? 1 : 0)
            .ThenByDescending(r => r.SharePct ?? -1)
            .ToList();
        return new StageShareTable(choice.Commodity, choice.Stage, choice.Year, choice.IsProxy ? ProxyBasis : PublishedBasis,
            choice.Series, choice.DataType, rows);
    }

    private static StageShareTable FromProduction(Dataset dataset, StageSeriesChoice choice)
    {
        var world = choice.World!;
        var total = world.Value!.Value;
        var rows = choice.Production
            .Where(p => p.Value is not null && !p.Country.Equals(Iso3.World))
            .Select(p => new ShareRow(p.Country, dataset.Countries.NameOf(p.Country), p.Value!.Value / total * 100.0,
                p.IsLowerBound ? ">" : "=", p.Value, p.Unit, p.SourceId))
            .OrderBy(r => r.Country is { IsAggregate: true } ? 1 : 0)
            .ThenByDescending(r => r.SharePct)
            .ToList();
        var dataType = world.IsEstimate ? "estimate" : "observed";
        return new StageShareTable(choice.Commodity, choice.Stage, choice.Year, ComputedBasis, choice.Series, dataType, rows);
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
