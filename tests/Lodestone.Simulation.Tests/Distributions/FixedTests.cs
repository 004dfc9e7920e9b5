using Lodestone.Simulation.Distributions;

namespace Lodestone.Simulation.Tests.Distributions;

public class FixedTests
{
    [Theory]
    [InlineData(double.NaN)]              // Why: a NaN would make every run's figures NaN
    [InlineData(double.PositiveInfinity)] // Why: an infinite share or stock has no meaning, and its mean poisons sums
    [InlineData(double.NegativeInfinity)]
    public void Constructor_NotFinite_RejectedWithTheValue(double value)
    {
        var error = Assert.Throws<ArgumentException>(() => new Fixed(value));

        Assert.StartsWith("a fixed value must be finite, got", error.Message, StringComparison.Ordinal);
        Assert.Equal("Value", error.ParamName);
    }

    [Fact]
    public void FiniteValue_EveryQuantileAndTheMeanAreTheValue()
    {
        // Given a point value of 0.05
        var share = new Fixed(0.05);

        // Then every draw is 0.05, whatever the uniform number
        Assert.Equal(0.05, share.InverseCdf(0.0));
        Assert.Equal(0.05, share.InverseCdf(0.999));
        Assert.Equal(0.05, share.Mean);
        Assert.True(share.IsFixed);
        Assert.Equal("0.05", share.Describe());
        Assert.Equal(new Fixed(0.05), share);
    }
}
