namespace Lodestone.Optimization.Robustness;

/// <summary>How a plan fares under sampled disruptions.</summary>
/// <param name="Runs">Scenarios evaluated.</param>
/// <param name="Seed">Seed of the random source, so the figure reproduces.</param>
/// <param name="ProbabilityCapHolds">Fraction of runs in which every capped quarter stays under the cap, 0–1.</param>
/// <param name="ExpectedShortfallUnits">Mean unmet demand over the runs, in each market's unit, keyed by market label.</param>
/// <param name="ScenarioSet">Name of the scenario set used (a file under scenarios/).</param>
public sealed record RobustnessReport(int Runs, int Seed, double ProbabilityCapHolds, IReadOnlyDictionary<string, double> ExpectedShortfallUnits, string ScenarioSet)
{
    /// <summary>Every modelling assumption of the evaluation, in words, in the order the report prints them.</summary>
    public IReadOnlyList<string> Assumptions { get; init; } = [];
}
