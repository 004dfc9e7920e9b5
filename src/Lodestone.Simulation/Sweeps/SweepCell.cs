using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Simulation.Sweeps;

/// <summary>One Monte Carlo of a sweep: a scenario (restricted to one commodity's markets when <paramref name="Commodity"/> is set),
/// a run count and a seed.</summary>
/// <param name="Index">Position in the sweep (file order).</param>
/// <param name="Scenario">Shipped scenario name or YAML path, as written in the sweep file.</param>
public sealed record SweepCell(int Index, string Scenario, string? Commodity, int Runs, ulong Seed)
{
    /// <summary>The Monte Carlo options of this cell (the block size is the runner's default, so results equal <c>lodestone simulate</c>'s).</summary>
    public MonteCarloOptions Options(int maxThreads = -1) => new(Runs, Seed, maxThreads);
}
