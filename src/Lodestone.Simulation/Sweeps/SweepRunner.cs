using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Simulation.Sweeps;

/// <summary>Runs a sweep: each cell's Monte Carlo split into ranges of <see cref="SweepFile.BlockRuns"/> runs, the ranges run by an
/// <see cref="IBlockRangeExecutor"/>, each cell's ranges merged by <see cref="MonteCarloMerge"/> (the runner's own merge).</summary>
/// <remarks>A range's result depends only on the model, the seed and the range, and the merge adds block sums in block order, so every
/// figure is the one <c>lodestone simulate</c> gives with the same seed, whatever runs the ranges and in what order they return.</remarks>
public static class SweepRunner
{
    /// <param name="progress">Called with the runs completed so far (from any thread).</param>
    public static async Task<SweepReport> RunAsync(SweepFile file, SweepModels models, IBlockRangeExecutor executor, Action<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var sources = file.Scenarios.Distinct().ToDictionary(s => s, s => models.Source(s, file.File));
        var cells = file.Cells();
        var compiled = cells.Select(c => models.Compile(sources[c.Scenario], c.Commodity, file.Horizon)).ToList();
        var merges = cells.Select((c, i) => compiled[i].Model is { } model ? new MonteCarloMerge(model, c.Options()) : null).ToList();
        var items = Split(file, cells, compiled);
        long done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, executor.Concurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(items, parallel, async (item, ct) =>
        {
            var cell = cells[item.Cell];
            var partial = await executor.RunAsync(cell, sources[cell.Scenario], file.Horizon, compiled[item.Cell], item.FirstBlock, item.BlockCount, ct);
            if (partial.FirstBlock != item.FirstBlock || partial.BlockCount != item.BlockCount)
            {
                throw new InvalidOperationException($"asked for blocks {item.FirstBlock}+{item.BlockCount} of cell {item.Cell}, got {partial.FirstBlock}+{partial.BlockCount}");
            }
            var merge = merges[item.Cell]!;
            lock (merge)
            {
                merge.Add(partial);
            }
            var runs = Math.Min((long)item.BlockCount * MonteCarloRunner.Lanes(cell.Options()), cell.Runs - (long)item.FirstBlock * MonteCarloRunner.Lanes(cell.Options()));
            progress?.Invoke(Interlocked.Add(ref done, runs));
        });
        var reports = cells.Select((c, i) => new SweepCellReport(c.Scenario, c.Commodity, c.Runs, c.Seed, compiled[i].Missing,
            merges[i] is { } merge ? SimulationReport.From(merge.Result()) : null)).ToList();
        return new SweepReport(file.Name, reports);
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
