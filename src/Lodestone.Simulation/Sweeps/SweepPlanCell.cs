namespace Lodestone.Simulation.Sweeps;

/// <summary>One plan replay of a sweep: a plan (solved once) replayed under a scenario with a run count and a seed, as
/// <c>lodestone plan --robustness RUNS --robustness-seed SEED --robustness-scenario SCENARIO</c> does.</summary>
/// <param name="Index">Position among the sweep's plan cells (file order: scenario, plan, runs, seed).</param>
/// <param name="Scenario">Shipped scenario name or YAML path, as written in the sweep file.</param>
/// <param name="Plan">Index of the plan in the sweep's <c>plans:</c>.</param>
public sealed record SweepPlanCell(int Index, string Scenario, int Plan, int Runs, ulong Seed);
