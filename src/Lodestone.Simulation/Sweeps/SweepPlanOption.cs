namespace Lodestone.Simulation.Sweeps;

/// <summary>One option of a sweep's plan entry: its text as written and its line.</summary>
public sealed record SweepPlanOption(string Value, long Line);
