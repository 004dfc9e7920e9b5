using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Replays;

namespace Lodestone.Simulation.Sweeps;

/// <summary>Runs a sweep: each cell's Monte Carlo split into ranges of <see cref="SweepFile.BlockRuns"/> runs, the
/// ranges run by an
/// <see cref="IBlockRangeExecutor"/>, each cell's ranges merged by <see cref="MonteCarloMerge"/> (the runner's own
/// merge); each plan
/// cell's replay split and merged the same way (<see cref="ReplayMerge"/>).</summary>
/// <remarks>A range's result depends only on the model, the seed and the range, and the merges add block sums in block
/// order, so every
/// figure is the one <c>lodestone simulate</c> (or <c>lodestone plan --robustness</c>) gives with the same seed,
/// whatever runs the
/// ranges and in what order they return.</remarks>
public static class SweepRunner
{
    /// <param name="progress">Called with the runs completed so far (from any thread).</param>
    /// <param name="plans">The file's plans, solved by the caller, one per entry of <see cref="SweepFile.Plans"/> in
    /// order.</param>
    public static async Task<SweepReport> RunAsync(SweepFile file, SweepModels models, IBlockRangeExecutor executor,
        Action<long>? progress = null, CancellationToken cancellationToken = default, IReadOnlyList<SolvedSweepPlan>? plans = null)
    {
        plans ??= [];
        if (plans.Count != file.Plans.Count)
        {
            throw new ArgumentException($"the sweep names {file.Plans.Count} plans, {plans.Count} were solved", nameof(plans));
        }
        var sources = file.Scenarios.Distinct().ToDictionary(s => s, s => models.Source(s, file.File));
        var cells = file.Cells();
        var compiled = cells.Select(c => models.Compile(sources[c.Scenario], c.Commodity, file.Horizon)).ToList();
        var merges = cells.Select((c, i) => compiled[i].Model is { } model ? new MonteCarloMerge(model, c.Options()) : null).ToList();
        var replays = new PlanCells(file, plans, sources, models);
        var items = Split(file, cells, compiled).Concat(replays.Split(file.BlockRuns)).ToList();
        long done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, executor.Concurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(items, parallel, async (item, ct) =>
        {
            long runs;
            if (item.Replay)
            {
                runs = await replays.RunAsync(executor, item, ct);
            }
            else
            {
                var cell = cells[item.Cell];
                var partial = await executor.RunAsync(cell, sources[cell.Scenario], file.Horizon, compiled[item.Cell], item.FirstBlock, item.BlockCount, ct);
                Check(item, partial.FirstBlock, partial.BlockCount);
                var merge = merges[item.Cell]!;
                lock (merge)
                {
                    merge.Add(partial);
                }
                var lanes = MonteCarloRunner.Lanes(cell.Options());
                runs = Math.Min((long)item.BlockCount * lanes, cell.Runs - ((long)item.FirstBlock * lanes));
            }
            progress?.Invoke(Interlocked.Add(ref done, runs));
        });
        var reports = cells.Select((c, i) => new SweepCellReport(c.Scenario, c.Commodity, c.Runs, c.Seed, compiled[i].Missing,
            merges[i] is { } merge ? SimulationReport.From(merge.Result()) : null)).ToList();
        return new SweepReport(file.Name, reports) { Plans = replays.Reports() };
    }

    /// <summary>Fails when a worker answered another range than the one asked for.</summary>
    internal static void Check(SweepWorkItem item, int firstBlock, int blockCount)
    {
        if (firstBlock != item.FirstBlock || blockCount != item.BlockCount)
        {
            throw new InvalidOperationException(
                $"asked for blocks {item.FirstBlock}+{item.BlockCount} of cell {item.Cell}, got {firstBlock}+{blockCount}");
        }
    }

    /// <summary>Every cell's ranges, cell by cell in file order and by block within a cell.</summary>
    public static IReadOnlyList<SweepWorkItem> Split(SweepFile file, IReadOnlyList<SweepCell> cells, IReadOnlyList<SweepModels.Compiled> compiled)
    {
        var items = new List<SweepWorkItem>();
        foreach (var cell in cells)
        {
            if (compiled[cell.Index].Model is null)
            {
                continue;
            }
            var options = cell.Options();
            var blocks = MonteCarloRunner.BlockCount(options);
            var perItem = Math.Max(1, file.BlockRuns / MonteCarloRunner.Lanes(options));
            for (var first = 0; first < blocks; first += perItem)
            {
                items.Add(new SweepWorkItem(cell.Index, first, Math.Min(perItem, blocks - first)));
            }
        }
        return items;
    }
}
