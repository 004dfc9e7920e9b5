using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Replays;

namespace Lodestone.Simulation.Sweeps;

/// <summary>Runs one range of a cell's Monte Carlo blocks somewhere: in this process, or on a cluster's
/// worker.</summary>
public interface IBlockRangeExecutor
{
    /// <summary>How many ranges to keep in flight at once.</summary>
    int Concurrency { get; }

    /// <summary>Blocks <paramref name="firstBlock"/> … firstBlock + blockCount − 1 of the cell's Monte Carlo.</summary>
    /// <param name="source">The cell's scenario, as a worker elsewhere reads it.</param>
    /// <param name="compiled">The model compiled here (for decoding) and its fingerprint (a worker must compile the
    /// same).</param>
    Task<MonteCarloPartial> RunAsync(SweepCell cell, ScenarioSource source, int? horizon, SweepModels.Compiled compiled, int firstBlock, int blockCount, CancellationToken cancellationToken);

    /// <summary>Blocks <paramref name="firstBlock"/> … firstBlock + blockCount − 1 of a plan cell's replay.</summary>
    /// <param name="source">The cell's scenario, as a worker elsewhere reads it.</param>
    /// <param name="planJson">The solved plan, as a worker elsewhere reads it (<see
    /// cref="ReplayPlan.ToJson"/>).</param>
    /// <param name="compiled">The replay compiled here and its fingerprint (a worker must compile the same).</param>
    Task<ReplayPartial> RunReplayAsync(SweepPlanCell cell, ScenarioSource source, string planJson, SweepModels.CompiledReplay compiled, int firstBlock, int blockCount, CancellationToken cancellationToken);
}
