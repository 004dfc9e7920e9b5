using System.Runtime.CompilerServices;

namespace Lodestone.Simulation.MonteCarlo;

/// <summary>Fixed-bin histograms with the exact minimum and maximum of each bin, for order-independent quantiles.</summary>
/// <remarks>
/// Counts are integers and bin extrema are min/max, so merging histograms in any order gives identical bits: this is
/// what makes quantiles independent of the thread count. A quantile is interpolated between the observed minimum and
/// maximum of the bin holding its rank, so point masses (all runs at 0) are reported exactly; otherwise the error is at
/// most one bin width ((hi − lo)/bins).
/// </remarks>
internal sealed class Histogram
{
    private readonly int _bins;
    private readonly double[] _lo;
    private readonly double[] _hi;
    private readonly HistogramBin[] _cells;

    /// <param name="series">Number of independent series.</param>
    /// <param name="lo">Lower edge per series.</param>
    /// <param name="hi">Upper edge per series; values outside [lo, hi] go to the edge bins.</param>
    public Histogram(int series, int bins, Func<int, double> lo, Func<int, double> hi)
    {
        _bins = bins;
        _lo = new double[series];
        _hi = new double[series];
        for (var s = 0; s < series; s++)
        {
            _lo[s] = lo(s);
            _hi[s] = hi(s);
        }
        _cells = new HistogramBin[series * bins];
        Array.Fill(_cells, HistogramBin.Empty);
    }

    /// <summary>Adds a block of values to one series.</summary>
    /// <remarks>
    /// Most blocks of a series fall in a single bin (a month before a ban starts: every run has no shortfall, price 1):
    /// the block's extremes, found at full vector width, tell, and then the bin is updated once. The result is the same
    /// as adding the values one by one, because the bin index is a non-decreasing function of the value.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int series, ReadOnlySpan<double> values)
    {
        var lo = _lo[series];
        var scale = _bins / (_hi[series] - lo);
        var offset = series * _bins;
        var (min, max, numbers) = LaneMath.MinMax(values);
        if (numbers && values.Length > 0 && BinOf(min, lo, scale) == BinOf(max, lo, scale))
        {
            ref var cell = ref _cells[offset + BinOf(min, lo, scale)];
            cell.Count += values.Length;
            if (min < cell.Min)
            {
                cell.Min = min;
            }
            if (max > cell.Max)
            {
                cell.Max = max;
            }
            return;
        }
        foreach (var v in values)
        {
            ref var cell = ref _cells[offset + BinOf(v, lo, scale)];
            cell.Count++;
            // x < y ? x : y without a branch: the comparisons of adding one by one, at the cost of a min/max instruction
            // instead of a mispredicted jump (the values of a spread-out block land in bins in no order).
            cell.Min = double.MinNative(v, cell.Min);
            cell.Max = double.MaxNative(v, cell.Max);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Merge(Histogram other)
    {
        for (var i = 0; i < _cells.Length; i++)
        {
            ref var cell = ref _cells[i];
            var theirs = other._cells[i];
            cell.Count += theirs.Count;
            cell.Min = Math.Min(cell.Min, theirs.Min);
            cell.Max = Math.Max(cell.Max, theirs.Max);
        }
    }

    /// <summary>Every bin of every series (series-major), for <see cref="MonteCarloPartial"/>'s encoding.</summary>
    internal Span<HistogramBin> Cells => _cells;

    private int BinOf(double value, double lo, double scale)
    {
        var bin = (int)((value - lo) * scale);
        return bin < 0 ? 0 : bin >= _bins ? _bins - 1 : bin;
    }

    /// <summary>The q-quantile (0 ≤ q ≤ 1) of one series, at rank q·(n − 1) as in Hyndman–Fan type 7; NaN when empty.</summary>
    public double Quantile(int series, double q)
    {
        var offset = series * _bins;
        long total = 0;
        for (var b = 0; b < _bins; b++)
        {
            total += _cells[offset + b].Count;
        }
        if (total == 0)
        {
            return double.NaN;
        }
        var rank = q * (total - 1);
        long before = 0;
        for (var b = 0; b < _bins; b++)
        {
            var count = _cells[offset + b].Count;
            if (count == 0)
            {
                continue;
            }
            if (rank <= before + count - 1)
            {
                var min = _cells[offset + b].Min;
                var max = _cells[offset + b].Max;
                var within = count == 1 ? 0 : Math.Clamp((rank - before) / (count - 1), 0, 1);
                return min + (max - min) * within;
            }
            before += count;
        }
        return _cells[offset + _bins - 1].Max;
    }
}
