namespace Lodestone.Simulation.Replays;

/// <summary>How a plan fares under a scenario's sampled disruptions: the figures of the planner's robustness report,
/// field for field
/// (so its JSON is the <c>robustness</c> object of <c>lodestone plan --format json</c>).</summary>
/// <param name="ProbabilityCapHolds">Fraction of runs in which every capped quarter stays under the cap, 0–1.</param>
/// <param name="ExpectedShortfallUnits">Mean unmet demand over the runs, in each market's unit, keyed by market
/// label.</param>
/// <param name="ScenarioSet">The scenario's name.</param>
public sealed record ReplayReport(
    int Runs,
    ulong Seed,
    double ProbabilityCapHolds,
    IReadOnlyDictionary<string, double> ExpectedShortfallUnits,
    string ScenarioSet)
{
    /// <summary>Every modelling assumption of the replay, in words.</summary>
    public IReadOnlyList<string> Assumptions { get; init; } = [];
}
