using Lodestone.Simulation.Replays;

namespace Lodestone.Simulation.Sweeps;

/// <summary>A sweep's plan cells while it runs: each cell's replay compiled once (its plan under its scenario), its
/// ranges, and the
/// merge of the ranges that came back.</summary>
internal sealed class PlanCells
{
    private readonly IReadOnlyList<SweepPlanCell> _cells;
    private readonly IReadOnlyList<SolvedSweepPlan> _plans;
    private readonly IReadOnlyDictionary<string, ScenarioSource> _sources;
    private readonly IReadOnlyList<SweepModels.CompiledReplay?> _compiled;
    private readonly IReadOnlyList<ReplayMerge?> _merges;

    public PlanCells(
        SweepFile file,
        IReadOnlyList<SolvedSweepPlan> plans,
        IReadOnlyDictionary<string, ScenarioSource> sources,
        SweepModels models)
    {
        _cells = file.PlanCells();
        _plans = plans;
        _sources = sources;
        _compiled = _cells
            .Select(c => plans[c.Plan].Json is { } json ? models.CompileReplay(sources[c.Scenario], json) : null)
            .ToList();
        _merges = _cells
            .Select((c, i) => _compiled[i] is { } r ? new ReplayMerge(r.Model, c.Runs, c.Seed) : null).ToList();
    }

    /// <summary>Every replayed cell's ranges of <paramref name="blockRuns"/> runs, cell by cell and by block within a
    /// cell.</summary>
    public IEnumerable<SweepWorkItem> Split(int blockRuns)
    {
        var perItem = Math.Max(1, blockRuns / ReplayRunner.BlockRuns);
        foreach (var cell in _cells.Where(c => _compiled[c.Index] is not null))
        {
            var blocks = ReplayRunner.BlockCount(cell.Runs);
            for (var first = 0; first < blocks; first += perItem)
            {
                yield return new SweepWorkItem(cell.Index, first, Math.Min(perItem, blocks - first), Replay: true);
            }
        }
    }

    /// <summary>Runs one range on <paramref name="executor"/> and merges it; returns the runs it covered.</summary>
    public async Task<long> RunAsync(
        IBlockRangeExecutor executor, SweepWorkItem item, CancellationToken cancellationToken)
    {
        var cell = _cells[item.Cell];
        var compiled = _compiled[item.Cell]!;
        var partial = await executor.RunReplayAsync(cell, _sources[cell.Scenario], _plans[cell.Plan].Json!, compiled,
            item.FirstBlock, item.BlockCount, cancellationToken);
        SweepRunner.Check(item, partial.FirstBlock, partial.BlockCount);
        var merge = _merges[item.Cell]!;
        lock (merge)
        {
            merge.Add(partial);
        }
        const int runsPerBlock = ReplayRunner.BlockRuns;
        return Math.Min((long)item.BlockCount * runsPerBlock, cell.Runs - ((long)item.FirstBlock * runsPerBlock));
    }

    /// <summary>Every plan cell's report, in file order.</summary>
    public IReadOnlyList<SweepPlanCellReport> Reports() =>
        _cells.Select((c, i) => new SweepPlanCellReport(
            c.Scenario, _plans[c.Plan].Name, _plans[c.Plan].Commodity, c.Runs, c.Seed, _plans[c.Plan].Skipped,
            _merges[i]?.Result()))
        .ToList();
}
