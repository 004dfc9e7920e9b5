using Lodestone.Simulation.Engine;
using Lodestone.Simulation.Sensitivity;

namespace Lodestone.Simulation.Tests.Sensitivity;

public class SensitivityHeadlineTests
{
    [Fact]
    public void TryResolve_NothingNamed_EffectiveShareInTheLastMonth()
    {
        // When neither metric nor month is given for a 36-month model
        var headline = SensitivityHeadline.TryResolve(null, null, 36, out var metricError, out var monthError);

        // Then the defaults: the fan charts' metric in the last month
        Assert.Equal(new SensitivityHeadline(Metric.EffectiveConcernShare, 36), headline);
        Assert.Null(metricError);
        Assert.Null(monthError);
    }

    [Theory]
    // A metric's file name in any case, and the first and last months of the horizon.
    [InlineData("Shortfall", 1, Metric.ShortfallFraction, 1)]
    [InlineData("price_index", 12, Metric.PriceIndex, 12)]
    public void TryResolve_NamedMetricAndMonth_Kept(string metric, int month, Metric expected, int expectedMonth)
    {
        // When
        var headline = SensitivityHeadline.TryResolve(metric, month, 12, out _, out _);

        // Then
        Assert.Equal(new SensitivityHeadline(expected, expectedMonth), headline);
    }

    [Theory]
    // Month 0 and a month past a 12-month horizon are outside it; an unknown metric names the four there are.
    [InlineData(null, 0, null, "must be 1–12, a month of the horizon (got 0)")]
    [InlineData(null, 13, null, "must be 1–12, a month of the horizon (got 13)")]
    [InlineData("happiness", null, "must be one of: shortfall, concern_share, effective_concern_share, price_index (got 'happiness')", null)]
    public void TryResolve_BadInput_NullWithWhatWasExpected(string? metric, int? month, string? expectedMetricError, string? expectedMonthError)
    {
        // When
        var headline = SensitivityHeadline.TryResolve(metric, month, 12, out var metricError, out var monthError);

        // Then
        Assert.Null(headline);
        Assert.Equal(expectedMetricError, metricError);
        Assert.Equal(expectedMonthError, monthError);
    }
}
