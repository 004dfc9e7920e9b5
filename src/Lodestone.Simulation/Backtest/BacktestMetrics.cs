namespace Lodestone.Simulation.Backtest;

/// <summary>The backtest's metrics, stated so they can be checked by hand (docs/simulation.md, "Backtest").</summary>
public static class BacktestMetrics
{
    /// <summary>A change within this fraction of the reference value is "flat".</summary>
    public const double FlatTolerance = 0.02;

    /// <summary>Scores forecast <paramref name="runs"/> (one figure per run) against <paramref name="observed"/>.</summary>
    /// <remarks>Quantiles interpolate linearly between order statistics at rank q·(n − 1) (Hyndman and Fan 1996, type 7);
    /// the percentile is 100·(#runs below + ½·#runs equal)/n.</remarks>
    public static ForecastScore Score(IReadOnlyList<double> runs, double observed)
    {
        if (runs.Count == 0)
        {
            throw new ArgumentException("no runs to score", nameof(runs));
        }
        var sorted = runs.Order().ToArray();
        var p5 = Quantile(sorted, 0.05);
        var p50 = Quantile(sorted, 0.50);
        var p95 = Quantile(sorted, 0.95);
        var below = sorted.Count(v => v < observed);
        var equal = sorted.Count(v => v == observed);
        var percentile = 100.0 * (below + 0.5 * equal) / sorted.Length;
        return new ForecastScore(p5, p50, p95, percentile, observed >= p5 && observed <= p95, Math.Abs(p50 - observed));
    }

    /// <summary>Type-7 quantile of ascending <paramref name="sorted"/>.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        var h = q * (sorted.Count - 1);
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
    }

    /// <summary>"up", "down" or "flat" (within <see cref="FlatTolerance"/> of <paramref name="reference"/>).</summary>
    public static string Direction(double value, double reference)
    {
        var tolerance = FlatTolerance * Math.Abs(reference);
        return value > reference + tolerance ? "up" : value < reference - tolerance ? "down" : "flat";
    }

    /// <summary>Coverage, mean absolute error of the median and direction matches over <paramref name="results"/>.</summary>
    public static BacktestSummary Summarise(IReadOnlyList<ObservationResult> results) => new(
        results.Count,
        results.Count(r => r.InsideBand),
        results.Count == 0 ? null : (double)results.Count(r => r.InsideBand) / results.Count,
        results.Count == 0 ? null : results.Average(r => r.AbsoluteError),
        results.Count(r => r.ObservedDirection is not null && r.PredictedDirection == r.ObservedDirection),
        results.Count(r => r.ObservedDirection is not null));
}
