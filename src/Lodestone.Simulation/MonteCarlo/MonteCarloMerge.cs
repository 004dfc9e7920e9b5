using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.MonteCarlo;

/// <summary>Merges the block ranges of one Monte Carlo, in any order and from anywhere, into the result <see cref="MonteCarloRunner.Run"/>
/// gives: counts add (order-free integers and min/max), and block sums are added to the totals strictly in block order.</summary>
/// <remarks>A range that arrives ahead of the next block in order waits; the totals only ever see block 0, 1, 2, … in turn, which is what
/// makes the means bit-identical whatever the split, the thread count or the number of machines. Memory: the counts plus the rows of
/// ranges that arrived early.</remarks>
internal sealed class MonteCarloMerge
{
    private readonly SimulationModel _model;
    private readonly MonteCarloOptions _options;
    private readonly int _blocks;
    private readonly double[] _totals;
    private readonly SortedDictionary<int, MonteCarloPartial> _waiting = [];
    private readonly HashSet<int> _seen = [];
    private Histogram? _histograms;
    private int[]? _predicateHits;
    private int _nextBlock;

    public MonteCarloMerge(SimulationModel model, MonteCarloOptions options)
    {
        _model = model;
        _options = options;
        _blocks = MonteCarloRunner.BlockCount(options);
        MonteCarloRunner.SeriesOffsets(model, out var totalSeries);
        _totals = new double[totalSeries];
    }

    /// <summary>True once every block has been added.</summary>
    public bool IsComplete => _nextBlock == _blocks;

    /// <summary>Adds one range; each block must come exactly once.</summary>
    public void Add(MonteCarloPartial partial)
    {
        if (partial.FirstBlock + partial.BlockCount > _blocks || !_seen.Add(partial.FirstBlock) || partial.FirstBlock < _nextBlock || _waiting.ContainsKey(partial.FirstBlock))
        {
            throw new InvalidOperationException($"block range {partial.FirstBlock}+{partial.BlockCount} is outside the {_blocks} blocks or was added before");
        }
        if (_histograms is null)
        {
            // The first range's counts become the total (as the runner's first worker does): no empty histogram to allocate and fill.
            _histograms = partial.Histograms;
            _predicateHits = partial.PredicateHits;
        }
        else
        {
            MonteCarloPartial.MergeCounts(_histograms, _predicateHits!, partial.Histograms, partial.PredicateHits);
        }
        _waiting.Add(partial.FirstBlock, partial);
        while (_waiting.Remove(_nextBlock, out var ready))
        {
            foreach (var row in ready.BlockSums)
            {
                for (var i = 0; i < _totals.Length; i++)
                {
                    _totals[i] += row[i];
                }
            }
            _nextBlock += ready.BlockCount;
        }
    }

    /// <summary>The result, once every block is in.</summary>
    public MonteCarloResult Result()
    {
        if (!IsComplete)
        {
            throw new InvalidOperationException($"blocks {_nextBlock}… of {_blocks} are missing");
        }
        return MonteCarloRunner.Reduce(_model, _options, _histograms!, _predicateHits!, _totals);
    }
}
