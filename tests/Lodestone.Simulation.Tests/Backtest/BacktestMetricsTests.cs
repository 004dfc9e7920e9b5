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
            new("m/s", "price_ratio", 2024, 1, 1, 0, 1, 2, 50, inside, error, predicted, observed, "", "", "");
        var results = new[] { Result(true, 0.1, "up", "up"), Result(true, 0.2, "flat", "flat"), Result(false, 0.6, "flat", "down"), Result(false, 0.3, null, null) };

        // When summarised
        var summary = BacktestMetrics.Summarise(results);

        // Then coverage is 2/4, the mean absolute error 1.2/4 = 0.3, and two of the three directions match
        Assert.Equal(4, summary.Observations);
        Assert.Equal(2, summary.InsideBand);
        Assert.Equal(0.5, summary.Coverage!.Value, 12);
        Assert.Equal(0.3, summary.MeanAbsoluteError!.Value, 12);
        Assert.Equal(2, summary.DirectionMatches);
        Assert.Equal(3, summary.Directions);
    }

    [Fact]
    public void Summarise_NoResults_MissingNotZero()
    {
        var summary = BacktestMetrics.Summarise([]);

        Assert.Null(summary.Coverage);
        Assert.Null(summary.MeanAbsoluteError);
    }
}
