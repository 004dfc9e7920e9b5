namespace Lodestone.Simulation.Sweeps;

/// <summary>One range of one cell's Monte Carlo blocks, or of one plan cell's replay blocks: the unit a worker runs and
/// a lost
/// worker's range is run again.</summary>
/// <param name="Cell">Index of the cell, among the Monte Carlo cells or (<paramref name="Replay"/>) the plan
/// cells.</param>
/// <param name="Replay">Whether the item is a range of a plan replay.</param>
public sealed record SweepWorkItem(int Cell, int FirstBlock, int BlockCount, bool Replay = false);
