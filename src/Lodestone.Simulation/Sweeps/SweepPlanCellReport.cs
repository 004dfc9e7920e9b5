using Lodestone.Simulation.Replays;

namespace Lodestone.Simulation.Sweeps;

/// <summary>One plan cell of a sweep's output: what was asked, and the robustness report (the <c>robustness</c> object
/// of
/// <c>lodestone plan --format json</c>, field for field) or why there is none.</summary>
/// <param name="Plan">The plan as the sweep file names it.</param>
/// <param name="Commodity">The plan's commodity.</param>
/// <param name="Skipped">Why the plan was not replayed (no feasible plan); null when it was.</param>
public sealed record SweepPlanCellReport(
    string Scenario, string Plan, string? Commodity, int Runs, ulong Seed, string? Skipped, ReplayReport? Robustness);
