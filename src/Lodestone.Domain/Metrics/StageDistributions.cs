using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Metrics;

/// <summary>Builds <see cref="StageDistribution"/>s from a dataset: the world stage shares every metric, the exposure and the brief use.</summary>
/// <remarks>
/// Which series answers is <see cref="StageSeriesSelector"/>'s one rule. Production: share = country value ÷ WLD of the same
/// commodity, stage, series and year; rows without a value (W, NA) are left out and reported as missing. Published: the
/// shares as published, proxies kept and flagged.
/// </remarks>
public static class StageDistributions
{
    /// <summary>The distribution for one commodity and stage (newest year, or <paramref name="year"/>), or null when the dataset has none.</summary>
    public static StageDistribution? For(Dataset dataset, string commodity, Stage stage, int? year = null) =>
        StageSeriesSelector.Choose(dataset, commodity, stage, year) is { } choice ? From(choice) : null;

    /// <summary>Distributions for every stage that has data, in chain order.</summary>
    public static IReadOnlyList<StageDistribution> AllStages(Dataset dataset, string commodity) =>
        [.. new[] { Stage.Mining, Stage.Refining, Stage.Components }.Select(s => For(dataset, commodity, s)).OfType<StageDistribution>()];

    /// <summary>The distribution of a chosen series.</summary>
    public static StageDistribution From(StageSeriesChoice choice)
    {
        if (choice.Basis == ShareBasis.ProductionOverWorldTotal)
        {
            var total = choice.World!;
            var members = choice.Production.Where(p => p.Country != Iso3.World && p.Value is not null)
                .Select(p => new CountryShare(p.Country, p.Value!.Value / total.Value!.Value, p.Value, p.IsLowerBound ? ">" : "="))
                .ToList();
            return new StageDistribution(choice.Commodity, choice.Stage, choice.Year, choice.Series, choice.DataType, choice.Basis,
                total.Unit, total.Value, IsProxy: false, Order(members), choice.Production.Select(p => p.SourceId).Distinct().ToList());
        }
        var group = choice.Published;
        var first = group[0];
        var shares = group.Where(f => f.Country is not null && f.Share is not null)
            .Select(f => new CountryShare(f.Country!.Value, f.Share!.Value.Value, f.Value, f.Qualifier))
            .ToList();
        return new StageDistribution(choice.Commodity, choice.Stage, choice.Year, choice.Series, choice.DataType, choice.Basis,
            first.Unit, first.WorldTotal, choice.IsProxy, Order(shares), group.Select(f => f.SourceId).Distinct().ToList());
    }

    private static IReadOnlyList<CountryShare> Order(List<CountryShare> shares) =>
        [.. shares.Where(s => !s.IsAggregate).OrderByDescending(s => s.Share).ThenBy(s => s.Country.Code, StringComparer.Ordinal),
         .. shares.Where(s => s.IsAggregate).OrderBy(s => s.Country.Code, StringComparer.Ordinal)];
}
