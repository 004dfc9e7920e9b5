namespace Lodestone.Simulation.Sweeps;

/// <summary>One range of one cell's Monte Carlo blocks: the unit a worker runs and a lost worker's range is run again.</summary>
public sealed record SweepWorkItem(int Cell, int FirstBlock, int BlockCount);
