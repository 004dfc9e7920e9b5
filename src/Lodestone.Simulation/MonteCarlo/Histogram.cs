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
    private readonly int[] _counts;
    private readonly double[] _min;
    private readonly double[] _max;

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
        _counts = new int[series * bins];
        _min = new double[series * bins];
        _max = new double[series * bins];
        Array.Fill(_min, double.PositiveInfinity);
        Array.Fill(_max, double.NegativeInfinity);
    }

    public void Add(int series, ReadOnlySpan<double> values)
    {
        var lo = _lo[series];
        var scale = _bins / (_hi[series] - lo);
        var offset = series * _bins;
        foreach (var v in values)
        {
            var bin = (int)((v - lo) * scale);
            bin = bin < 0 ? 0 : bin >= _bins ? _bins - 1 : bin;
            var at = offset + bin;
            _counts[at]++;
            if (v < _min[at])
            {
                _min[at] = v;
            }
            if (v > _max[at])
            {
                _max[at] = v;
            }
        }
    }

    public void Merge(Histogram other)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
            _min[i] = Math.Min(_min[i], other._min[i]);
            _max[i] = Math.Max(_max[i], other._max[i]);
        }
    }

    /// <summary>The q-quantile (0 ≤ q ≤ 1) of one series, at rank q·(n − 1) as in Hyndman–Fan type 7; NaN when empty.</summary>
    public double Quantile(int series, double q)
    {
        var offset = series * _bins;
        long total = 0;
        for (var b = 0; b < _bins; b++)
        {
            total += _counts[offset + b];
        }
        if (total == 0)
        {
            return double.NaN;
        }
        var rank = q * (total - 1);
        long before = 0;
        for (var b = 0; b < _bins; b++)
        {
            var count = _counts[offset + b];
            if (count == 0)
            {
                continue;
            }
            if (rank <= before + count - 1)
            {
                var min = _min[offset + b];
                var max = _max[offset + b];
                var within = count == 1 ? 0 : Math.Clamp((rank - before) / (count - 1), 0, 1);
                return min + (max - min) * within;
            }
            before += count;
        }
        return _max[offset + _bins - 1];
    }
}
