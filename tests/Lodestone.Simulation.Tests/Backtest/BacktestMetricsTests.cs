using Lodestone.Simulation.Backtest;

namespace Lodestone.Simulation.Tests.Backtest;

public class BacktestMetricsTests
{
    // 101 runs 0, 1, …, 100: the type-7 quantile at q sits exactly on run q·100, so P5 = 5, P50 = 50, P95 = 95.
    private static readonly double[] Ramp = Enumerable.Range(0, 101).Select(i => (double)i).ToArray();

    [Fact]
    public void Score_ObservedAboveTheBand_OutsideWithItsPercentile()
    {
        // When 97 is scored against the ramp
        var score = BacktestMetrics.Score(Ramp, 97);

        // Then P5/P50/P95 are 5/50/95; 97 runs (0…96) lie below and one equals it: percentile 100·97.5/101; outside; |50 − 97| = 47
        Assert.Equal((5d, 50d, 95d), (score.P5, score.P50, score.P95));
        Assert.Equal(100 * 97.5 / 101, score.Percentile, 12);
        Assert.False(score.InsideBand);
        Assert.Equal(47, score.AbsoluteError);
    }

    [Theory]
    // The band is closed: a value on either edge counts as covered.
    [InlineData(5, true)]
    [InlineData(95, true)]
    [InlineData(4.5, false)]
    [InlineData(50, true)]
    public void Score_ValueAgainstTheBand_InsideExactlyBetweenP5AndP95(double observed, bool inside)
    {
        Assert.Equal(inside, BacktestMetrics.Score(Ramp, observed).InsideBand);
    }

    [Fact]
    public void Score_AllRunsEqualTheObservedValue_PercentileIsTheMidRank()
    {
        // A fixed forecast that hits the record: half the ties count below, so the percentile is 50, not 0 or 100
        var score = BacktestMetrics.Score([0.75, 0.75, 0.75, 0.75], 0.75);

        Assert.Equal(50, score.Percentile);
        Assert.True(score.InsideBand);
        Assert.Equal(0, score.AbsoluteError);
    }

    [Fact]
    public void Quantile_BetweenOrderStatistics_Interpolates()
    {
        // Rank 0.5·(4 − 1) = 1.5: halfway between the second (2) and third (3) values
        Assert.Equal(2.5, BacktestMetrics.Quantile([1, 2, 3, 4], 0.5));
    }

    [Theory]
    // Flat within 2 % of the reference, either side; for a share the tolerance is 2 % of the share.
    [InlineData(1.03, 1, "up")]
    [InlineData(1.02, 1, "flat")]
    [InlineData(0.985, 1, "flat")]
    [InlineData(0.97, 1, "down")]
    [InlineData(0.114, 0.123, "down")]
    public void Direction_ChangeAgainstReference_UpDownOrFlat(double value, double reference, string expected)
    {
        Assert.Equal(expected, BacktestMetrics.Direction(value, reference));
    }

    [Fact]
    public void Summarise_ConstructedResults_CoverageErrorAndDirections()
    {
        // Given four results: two inside their band, errors 0.1, 0.2, 0.6 and 0.3, directions right, right, wrong and none (a
        // tonnage share without a base year)
        ObservationResult Result(bool inside, double error, string? predicted, string? observed) =>
            new("m/s", "price_ratio", 2024, 1, 1, 0, 1, 2, 50, inside, error, predicted, observed, null, null, "", "", "");
        var results = new[] { Result(true, 0.1, "up", "up"), Result(true, 0.2, "flat", "flat"), Result(false, 0.6, "flat", "down"), Result(false, 0.3, null, null) };
        // and two timed series, one right
        SeriesTiming Timed(string verdict) => new("m/s", "price_ratio", [2024], null, null, verdict);

        // When summarised
        var summary = BacktestMetrics.Summarise(results, [Timed("same_year"), Timed("model_later")]);

        // Then coverage is 2/4, the mean absolute error 1.2/4 = 0.3, and two of the three directions match
        Assert.Equal(4, summary.Observations);
        Assert.Equal(2, summary.InsideBand);
        Assert.Equal(0.5, summary.Coverage!.Value, 12);
        Assert.Equal(0.3, summary.MeanAbsoluteError!.Value, 12);
        Assert.Equal(2, summary.DirectionMatches);
        Assert.Equal(3, summary.Directions);
        Assert.Equal((1, 2), (summary.TimingMatches, summary.Timings));
    }

    [Fact]
    public void Summarise_NoResults_MissingNotZero()
    {
        var summary = BacktestMetrics.Summarise([], []);

        Assert.Null(summary.Coverage);
        Assert.Null(summary.MeanAbsoluteError);
    }

    // A tiny hand-made series for the comparison rule: one market's price ratio over three years after a base year of 1.
    private static ObservationResult Year(int year, double predicted, double observed, string market = "m/s", string measure = "price_ratio") =>
        new(market, measure, year, observed, 1, predicted, predicted, predicted, 50, observed == predicted, Math.Abs(predicted - observed),
            BacktestMetrics.Direction(predicted, 1), BacktestMetrics.Direction(observed, 1), predicted - 1, observed - 1, "", "", "");

    [Fact]
    public void Timing_HandMadeSeries_FirstYearEachLeavesFlat()
    {
        // Given forecasts 1.00, 1.01, 1.10 (flat, flat, up) against records 1.00, 0.90, 0.95 (flat, down, down)
        var results = new[] { Year(2023, 1.00, 1.00), Year(2024, 1.01, 0.90), Year(2025, 1.10, 0.95) };

        // When timed
        var timing = Assert.Single(BacktestMetrics.Timing(results));

        // Then the model first moves in 2025 (its 1 % in 2024 is within the 2 % flat band), the record in 2024: the model is late,
        // whatever the directions (judged per year: right only in 2023, both flat)
        Assert.Equal((2025, 2024, "model_later"), (timing.ModelMoves, timing.RecordMoves, timing.Verdict));
        Assert.False(timing.Matches);
        Assert.Equal([2023, 2024, 2025], timing.Years);
        Assert.Equal(1, BacktestMetrics.Summarise(results, [timing]).DirectionMatches);
    }

    [Theory]
    // (forecast, record) per year for 2023 and 2024 → verdict. Out of order on purpose: the rule sorts by year.
    [InlineData(1.10, 1.00, 1.00, 1.10, "model_earlier")]
    [InlineData(1.00, 1.00, 1.10, 0.80, "same_year")]
    [InlineData(1.00, 1.10, 1.00, 1.00, "model_never")]
    [InlineData(1.10, 1.00, 1.00, 1.00, "record_never")]
    [InlineData(1.01, 0.99, 1.00, 1.00, "neither")]
    public void Timing_TwoYears_Verdict(double model2023, double record2023, double model2024, double record2024, string verdict)
    {
        var results = new[] { Year(2024, model2024, record2024), Year(2023, model2023, record2023) };

        Assert.Equal(verdict, Assert.Single(BacktestMetrics.Timing(results)).Verdict);
    }

    [Fact]
    public void Timing_SeriesWithoutBaseYear_NotTimedAndSeriesKeptApart()
    {
        // Given a tonnage share with no base-year figure (no direction) beside two series of another market
        var tonnage = new ObservationResult("m/s", "concern_import_tonnage_share", 2024, 0.3, null, 0.1, 0.1, 0.1, 100, false, 0.2, null, null, null, null, "", "", "");
        var results = new[] { tonnage, Year(2024, 1.0, 1.5, "x/y", "import_ratio"), Year(2024, 1.5, 1.5, "x/y", "price_ratio") };

        // Then only the two series with a base year are timed, each on its own
        var timings = BacktestMetrics.Timing(results);
        Assert.Equal([("import_ratio", "model_never"), ("price_ratio", "same_year")], timings.Select(t => (t.Measure, t.Verdict)));
    }
}
