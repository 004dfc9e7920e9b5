using Lodestone.Simulation.Replays;

namespace Lodestone.Simulation.Sweeps;

/// <summary>A sweep's plan after the caller solved it (the planner lives outside this library): the plan in replay
/// terms, or why
/// there is nothing to replay.</summary>
/// <param name="Name">The plan as the sweep file names it.</param>
/// <param name="Commodity">The plan's commodity (its first market's).</param>
/// <param name="Plan">The solved plan; null when it is not feasible.</param>
/// <param name="Skipped">Why there is no replay (as <c>lodestone plan</c> words <c>robustness_skipped</c>); null when
/// there is one.</param>
public sealed record SolvedSweepPlan(string Name, string? Commodity, ReplayPlan? Plan, string? Skipped)
{
    /// <summary>The plan as it travels to a worker (computed once).</summary>
    public string? Json { get; } = Plan?.ToJson();
}
