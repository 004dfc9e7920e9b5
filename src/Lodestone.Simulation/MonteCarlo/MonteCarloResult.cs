using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.MonteCarlo;

/// <summary>Quantiles per month, mean supply by origin and predicate probabilities of a Monte Carlo run.</summary>
public sealed record MonteCarloResult(
    SimulationModel Model,
    int Runs,
    ulong Seed,
    IReadOnlyList<MonthQuantiles> Months,
    IReadOnlyList<OriginSupply> Supply,
    IReadOnlyList<PredicateProbability> Probabilities)
{
    /// <summary>The quantiles of <paramref name="metric"/> (its file name) for a market at 1-based <paramref name="month"/>; null when the
    /// result has none.</summary>
    public MonthQuantiles? Find(string commodity, string stage, string metric, int month) =>
        Months.FirstOrDefault(q => q.Commodity == commodity && q.Stage == stage && q.Metric == metric && q.Month == month);
}
