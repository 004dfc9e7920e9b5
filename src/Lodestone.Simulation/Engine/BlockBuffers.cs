namespace Lodestone.Simulation.Engine;

/// <summary>The outputs of every month of one market for a block of runs, plus the engine's per-block scratch; reused block after block.</summary>
/// <remarks>
/// The engine simulates a few runs (one vector) through every month before moving to the next few, so a run's state
/// stays in registers; the months' values land here and observers see them month by month once the market is done.
/// </remarks>
public sealed class BlockBuffers
{
    /// <param name="lanes">Runs per block (a multiple of the vector width).</param>
    /// <param name="maxOrigins">Most origins of any market.</param>
    /// <param name="horizon">Months per market.</param>
    public BlockBuffers(int lanes, int maxOrigins, int horizon)
    {
        Lanes = lanes;
        Months = new MonthBuffers[horizon];
        for (var t = 0; t < horizon; t++)
        {
            Months[t] = new MonthBuffers(lanes, maxOrigins);
        }
        DemandStep = new double[lanes];
        WorldStep = new double[lanes];
    }

    /// <summary>Runs per block: the length of every per-run array.</summary>
    public int Lanes { get; }

    /// <summary>Indexed by 0-based month.</summary>
    public MonthBuffers[] Months { get; }

    /// <summary>Per-lane monthly growth factors of demand and of the rest of the world (scratch).</summary>
    internal double[] DemandStep { get; }

    internal double[] WorldStep { get; }

    /// <summary>The event schedule of each market of <paramref name="model"/>, built on the first block and kept for the next ones.</summary>
    internal MarketSchedule[] SchedulesOf(SimulationModel model)
    {
        if (!ReferenceEquals(_scheduledModel, model))
        {
            _schedules = model.Markets.Select(m => MarketSchedule.Build(m, model.Horizon)).ToArray();
            _scheduledModel = model;
        }
        return _schedules;
    }

    private SimulationModel? _scheduledModel;
    private MarketSchedule[] _schedules = [];
}
