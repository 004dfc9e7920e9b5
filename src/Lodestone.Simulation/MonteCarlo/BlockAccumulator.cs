using System.Runtime.CompilerServices;
using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.MonteCarlo;

/// <summary>A worker's observer: histograms and predicate counts (order-free integers), plus per-block sums written to the block's own row.</summary>
internal sealed class BlockAccumulator : IMonthObserver
{
    internal const int Bins = 1000;
    internal const double PriceRangeTop = 11;
    private readonly SimulationModel _model;
    private readonly double[][] _blockSums;
    private readonly int[] _seriesOffset;
    private readonly List<int>[] _predicatesAt;
    private double[][]? _sumScratch;

    public BlockAccumulator(SimulationModel model, double[][] blockSums, int[] seriesOffset)
    {
        _model = model;
        _blockSums = blockSums;
        _seriesOffset = seriesOffset;
        Histograms = NewHistograms(model);
        PredicateHits = new int[model.Predicates.Count];
        _predicatesAt = new List<int>[model.Markets.Count * model.Horizon];
        for (var i = 0; i < model.Predicates.Count; i++)
        {
            var pr = model.Predicates[i];
            if (pr.Month >= 1 && pr.Month <= model.Horizon)
            {
                var at = pr.MarketIndex * model.Horizon + pr.Month - 1;
                (_predicatesAt[at] ??= []).Add(i);
            }
        }
    }

    public Histogram Histograms { get; }

    public int[] PredicateHits { get; }

    /// <summary>The block whose sums <see cref="Observe"/> writes.</summary>
    public int Block { get; set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Observe(int market, int month, MonthBuffers values, int runs)
    {
        var metricCount = Metrics.All.Count;
        var series = (market * _model.Horizon + month) * metricCount;
        for (var m = 0; m < metricCount; m++)
        {
            Histograms.Add(series + m, values.Metrics[m].AsSpan(0, runs));
        }
        if (_predicatesAt[market * _model.Horizon + month] is { } predicates)
        {
            foreach (var index in predicates)
            {
                var predicate = _model.Predicates[index];
                var metric = values.Metrics[(int)predicate.Metric];
                var hits = 0;
                for (var i = 0; i < runs; i++)
                {
                    if (predicate.Holds(metric[i]))
                    {
                        hits++;
                    }
                }
                PredicateHits[index] += hits;
            }
        }
        // The month's series in the row's order (origins, spare, stockpile, shortfall, metrics), summed side by side.
        var origins = _model.Markets[market].Origins.Count;
        var arrays = _sumScratch ??= new double[values.OriginSupply.Length + 3 + metricCount][];
        for (var k = 0; k < origins; k++)
        {
            arrays[k] = values.OriginSupply[k];
        }
        arrays[origins] = values.SpareSupply;
        arrays[origins + 1] = values.StockRelease;
        arrays[origins + 2] = values.Shortfall;
        for (var m = 0; m < metricCount; m++)
        {
            arrays[origins + 3 + m] = values.Metrics[m];
        }
        var count = SeriesPerMonth(origins);
        LaneMath.Sums(arrays, count, runs, _blockSums[Block].AsSpan(_seriesOffset[market] + month * count, count));
    }

    /// <summary>Empty histograms of every market, month and metric of <paramref name="model"/>: 0–1, the price index 0–<see cref="PriceRangeTop"/>.</summary>
    public static Histogram NewHistograms(SimulationModel model)
    {
        var metricCount = Metrics.All.Count;
        return new Histogram(model.Markets.Count * model.Horizon * metricCount, Bins,
            _ => 0, s => s % metricCount == (int)Metric.PriceIndex ? PriceRangeTop : 1);
    }

    /// <summary>Series stored per month of a market: origins, spare, stockpile, shortfall, then one per metric.</summary>
    public static int SeriesPerMonth(int origins) => origins + 3 + Metrics.All.Count;
}
