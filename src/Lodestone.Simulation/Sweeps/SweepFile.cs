namespace Lodestone.Simulation.Sweeps;

/// <summary>A sweep file after parsing: every scenario × commodity × runs × seed is one Monte Carlo (a <see
/// cref="SweepCell"/>), and
/// every scenario × plan × runs × seed one plan replay (a <see cref="SweepPlanCell"/>).</summary>
/// <param name="File">Path it was read from.</param>
/// <param name="Scenarios">Shipped scenario names or YAML paths, as written.</param>
/// <param name="Commodities">Commodities whose markets each scenario is restricted to; empty: each scenario
/// whole.</param>
/// <param name="Runs">Run counts (each 1–1,000,000,000).</param>
/// <param name="Seeds">Seeds (default 1).</param>
/// <param name="BlockRuns">Runs per work item sent to a worker: a multiple of the Monte Carlo block (256).</param>
/// <param name="Horizon">Overrides every scenario's horizon (months) when set.</param>
public sealed record SweepFile(
    string File,
    string Name,
    IReadOnlyList<string> Scenarios,
    IReadOnlyList<string> Commodities,
    IReadOnlyList<int> Runs,
    IReadOnlyList<ulong> Seeds,
    int BlockRuns,
    int? Horizon)
{
    /// <summary>Runs per work item when the file does not say: 64 blocks of 256, long enough (tens of milliseconds on a
    /// core) to
    /// amortise a remote call, short enough that a lost worker costs little (docs/performance.md, "Sweeps").</summary>
    public const int DefaultBlockRuns = 16_384;

    /// <summary>Most runs one cell may ask for.</summary>
    public const int MaxRuns = 1_000_000_000;

    /// <summary>Most cells one sweep may hold (the product of its lists).</summary>
    public const int MaxCells = 10_000;

    /// <summary>Plans to solve once each and replay under every scenario, runs and seed; empty: none.</summary>
    public IReadOnlyList<SweepPlanEntry> Plans { get; init; } = [];

    /// <summary>The day plans are made on (their first quarter, the controls in force); null: today.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Runs of every Monte Carlo and every plan replay of the sweep.</summary>
    public long TotalRuns() => Cells().Sum(c => (long)c.Runs) + PlanCells().Sum(c => (long)c.Runs);

    /// <summary>Every plan replay in file order: scenario, then plan, then runs, then seed.</summary>
    public IReadOnlyList<SweepPlanCell> PlanCells()
    {
        var cells = new List<SweepPlanCell>();
        foreach (var scenario in Scenarios)
        {
            foreach (var plan in Plans)
            {
                foreach (var runs in Runs)
                {
                    foreach (var seed in Seeds)
                    {
                        cells.Add(new SweepPlanCell(cells.Count, scenario, plan.Index, runs, seed));
                    }
                }
            }
        }
        return cells;
    }

    /// <summary>Every cell in file order: scenario, then commodity, then runs, then seed.</summary>
    public IReadOnlyList<SweepCell> Cells()
    {
        var cells = new List<SweepCell>();
        IReadOnlyList<string?> commodities = Commodities.Count == 0 ? [null] : [.. Commodities];
        foreach (var scenario in Scenarios)
        {
            foreach (var commodity in commodities)
            {
                foreach (var runs in Runs)
                {
                    foreach (var seed in Seeds)
                    {
                        cells.Add(new SweepCell(cells.Count, scenario, commodity, runs, seed));
                    }
                }
            }
        }
        return cells;
    }
}
