using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Simulation.Sweeps;

/// <summary>Runs ranges here, one at a time, each on every core (as <c>lodestone simulate</c> does).</summary>
public sealed class InProcessExecutor(int maxThreads = -1) : IBlockRangeExecutor
{
    public int Concurrency => 1;

    public Task<MonteCarloPartial> RunAsync(SweepCell cell, ScenarioSource source, int? horizon, SweepModels.Compiled compiled, int firstBlock, int blockCount, CancellationToken cancellationToken) =>
        Task.FromResult(MonteCarloRunner.RunBlocks(compiled.Model!, cell.Options(maxThreads), firstBlock, blockCount, cancellationToken));
}
