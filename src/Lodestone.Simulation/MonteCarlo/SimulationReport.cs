using System.Globalization;

namespace Lodestone.Simulation.MonteCarlo;

/// <summary>The output contract of <c>lodestone simulate</c> (JSON in snake_case; documented in docs/simulation.md).</summary>
/// <param name="Months">Quantiles per month, commodity, stage and metric.</param>
/// <param name="Probabilities">Share of runs in which each predicate held.</param>
/// <param name="Supply">Mean supply by origin per month (importer units).</param>
/// <param name="Parameters">Every parameter with its distribution and basis.</param>
public sealed record SimulationReport(
    string Scenario,
    int Runs,
    ulong Seed,
    string Start,
    int Horizon,
    string Importer,
    string Concern,
    IReadOnlyList<MonthQuantiles> Months,
    IReadOnlyList<PredicateProbability> Probabilities,
    IReadOnlyList<OriginSupply> Supply,
    IReadOnlyList<ParameterReport> Parameters)
{
    public static SimulationReport From(MonteCarloResult result) => new(
        result.Model.Scenario,
        result.Runs,
        result.Seed,
        result.Model.StartMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        result.Model.Horizon,
        result.Model.Importer.Code,
        result.Model.Concern.Code,
        result.Months,
        result.Probabilities,
        result.Supply,
        result.Model.Parameters.Select(p => new ParameterReport(p.Name, p.Value.Describe(), p.Basis, p.IsAssumption)).ToList());
}
