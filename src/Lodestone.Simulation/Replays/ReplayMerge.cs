namespace Lodestone.Simulation.Replays;

/// <summary>Merges the ranges of one replay, in any order: held runs add; block sums are folded into each market's
/// total strictly in
/// block order (a range that arrives early waits), so the mean is the same bits however the blocks were split and
/// run.</summary>
public sealed class ReplayMerge
{
    private readonly ReplayModel _model;
    private readonly int _runs;
    private readonly ulong _seed;
    private readonly int _blocks;
    private readonly double[] _totals;
    private readonly SortedDictionary<int, ReplayPartial> _waiting = [];
    private int _next;
    private long _holds;

    /// <param name="model">The compiled replay (its markets and labels).</param>
    /// <param name="runs">Runs of the whole replay, ≥ 1.</param>
    /// <param name="seed">Its seed.</param>
    public ReplayMerge(ReplayModel model, int runs, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        _model = model;
        _runs = runs;
        _seed = seed;
        _blocks = ReplayRunner.BlockCount(runs);
        _totals = new double[model.Markets.Count];
    }

    /// <summary>Adds one range (each block exactly once over all the ranges added).</summary>
    /// <exception cref="InvalidOperationException">The range overlaps one already added, or does not fit the
    /// replay.</exception>
    public void Add(ReplayPartial partial)
    {
        if (partial.Markets != _totals.Length || partial.FirstBlock < _next
            || partial.FirstBlock + partial.BlockCount > _blocks || !_waiting.TryAdd(partial.FirstBlock, partial))
        {
            throw new InvalidOperationException(
                $"replay range {partial.FirstBlock}+{partial.BlockCount} overlaps another or does not fit "
                + $"{_blocks} blocks");
        }
        _holds += partial.Holds;
        while (_waiting.Remove(_next, out var ready))
        {
            for (var b = 0; b < ready.BlockCount; b++)
            {
                for (var m = 0; m < _totals.Length; m++)
                {
                    _totals[m] += ready.Sums[(b * _totals.Length) + m];
                }
            }
            _next += ready.BlockCount;
        }
    }

    /// <summary>The report, once every block is in.</summary>
    /// <exception cref="InvalidOperationException">Blocks are missing.</exception>
    public ReplayReport Result()
    {
        if (_next != _blocks)
        {
            throw new InvalidOperationException($"replay merged {_next} of {_blocks} blocks");
        }
        var expected = new Dictionary<string, double>(StringComparer.Ordinal);
        var labels = _model.Labels;
        for (var m = 0; m < _totals.Length; m++)
        {
            expected[labels[m]] = _totals[m] / _runs;
        }
        return new ReplayReport(_runs, _seed, _holds / (double)_runs, expected, _model.ScenarioName)
        {
            Assumptions = _model.Assumptions(),
        };
    }
}
