namespace Lodestone.Simulation.MonteCarlo;

/// <summary>How many runs, from which seed, on how many threads.</summary>
/// <param name="Runs">Number of runs (≥ 1).</param>
/// <param name="Seed">The seed; with the same model, the same seed gives bit-identical results whatever <paramref name="MaxThreads"/>.</param>
/// <param name="MaxThreads">Upper bound on worker threads (−1: one per core).</param>
/// <param name="BlockSize">Runs simulated together in SIMD lanes; fixed so per-block sums do not depend on threads.</param>
public sealed record MonteCarloOptions(int Runs, ulong Seed, int MaxThreads = -1, int BlockSize = 256)
{
    /// <summary>Called with the number of runs completed so far (from worker threads).</summary>
    public Action<int>? Progress { get; init; }
}
