using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Replays;

namespace Lodestone.Simulation.Sweeps;

/// <summary>Runs ranges here, one per thread at a time (as a silo does), up to <paramref name="maxThreads"/> at once
/// (−1: one per core).</summary>
/// <remarks>One thread per range keeps one histogram per range; a range split over threads would fill one per thread
/// and merge
/// them, which costs more than it saves once a sweep has more ranges than cores.</remarks>
public sealed class InProcessExecutor(int maxThreads = -1) : IBlockRangeExecutor
{
    /// <inheritdoc />
    public int Concurrency { get; } = maxThreads > 0 ? maxThreads : Environment.ProcessorCount;

    /// <inheritdoc />
    public Task<MonteCarloPartial> RunAsync(SweepCell cell, ScenarioSource source, int? horizon, SweepModels.Compiled compiled, int firstBlock, int blockCount, CancellationToken cancellationToken) =>
        Task.Run(() => MonteCarloRunner.RunBlocks(compiled.Model!, cell.Options(1), firstBlock, blockCount, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task<ReplayPartial> RunReplayAsync(SweepPlanCell cell, ScenarioSource source, string planJson, SweepModels.CompiledReplay compiled, int firstBlock, int blockCount, CancellationToken cancellationToken) =>
        Task.Run(() => ReplayRunner.RunBlocks(compiled.Model, cell.Seed, cell.Runs, firstBlock, blockCount, cancellationToken), cancellationToken);
}
