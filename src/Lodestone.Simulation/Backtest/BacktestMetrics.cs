namespace Lodestone.Simulation.Backtest;

/// <summary>The backtest's metrics, stated so they can be checked by hand (docs/simulation.md, "Backtest").</summary>
internal static class BacktestMetrics
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

    /// <summary>When each series of one episode's <paramref name="results"/> first moved: per market and measure, the first year (in
    /// year order) whose direction is not "flat", for the median and for the record. Results without a direction (no base-year
    /// figure) have no timing.</summary>
    public static IReadOnlyList<SeriesTiming> Timing(IReadOnlyList<ObservationResult> results) =>
        results.Where(r => r.ObservedDirection is not null)
            .GroupBy(r => (r.Market, r.Measure))
            .Select(g =>
            {
                var series = g.OrderBy(r => r.Year).ToList();
                int? model = series.FirstOrDefault(r => r.PredictedDirection != "flat")?.Year;
                int? record = series.FirstOrDefault(r => r.ObservedDirection != "flat")?.Year;
                var verdict = (model, record) switch
                {
                    (null, null) => "neither",
                    (null, _) => "model_never",
                    (_, null) => "record_never",
                    var (m, o) when m == o => "same_year",
                    var (m, o) when m < o => "model_earlier",
                    _ => "model_later",
                };
                return new SeriesTiming(g.Key.Market, g.Key.Measure, series.Select(r => r.Year).ToList(), model, record, verdict);
            })
            .ToList();

    /// <summary>Coverage, mean absolute error of the median, direction matches over <paramref name="results"/> and timing matches over
    /// <paramref name="timings"/> (the series of the same results, <see cref="Timing"/> per episode).</summary>
    public static BacktestSummary Summarise(IReadOnlyList<ObservationResult> results, IReadOnlyList<SeriesTiming> timings) => new(
        results.Count,
        results.Count(r => r.InsideBand),
        results.Count == 0 ? null : (double)results.Count(r => r.InsideBand) / results.Count,
        results.Count == 0 ? null : results.Average(r => r.AbsoluteError),
        results.Count(r => r.ObservedDirection is not null && r.PredictedDirection == r.ObservedDirection),
        results.Count(r => r.ObservedDirection is not null),
        timings.Count(t => t.Matches),
        timings.Count);
}
