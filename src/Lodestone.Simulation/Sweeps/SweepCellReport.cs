using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Simulation.Sweeps;

/// <summary>One cell of a sweep's output: what was asked, and the simulation report (as <c>lodestone simulate --format json</c> writes
/// it) or why there is none.</summary>
/// <param name="Commodity">The commodity the scenario was restricted to; null: the whole scenario.</param>
/// <param name="Missing">Why the cell has no result (the scenario has no market of the commodity); null when it has one.</param>
public sealed record SweepCellReport(string Scenario, string? Commodity, int Runs, ulong Seed, string? Missing, SimulationReport? Result);
