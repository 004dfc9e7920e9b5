using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.Tests.Engine;

public class PredicateTests
{
    [Theory]
    [InlineData("=")]   // Why: equality on a continuous metric is no question the engine asks
    [InlineData("=>")]  // Why: a transposed operator
    [InlineData("")]
    [InlineData("lt")]
    public void Constructor_UnknownOperator_RejectedBeforeAnyRun(string op)
    {
        var error = Assert.Throws<ArgumentException>(() => new Predicate("p", 0, Metric.ConcernShare, 1, op, 0.5));

        Assert.StartsWith($"unknown operator '{op}': expected <, <=, > or >=", error.Message, StringComparison.Ordinal);
        Assert.Equal("Op", error.ParamName);
    }

    [Fact]
    public void Constructor_NaNThreshold_Rejected()
    {
        var error = Assert.Throws<ArgumentException>(
            () => new Predicate("p", 0, Metric.ConcernShare, 1, "<", double.NaN));

        Assert.StartsWith("the threshold is NaN", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0, "Month")]        // Why: months are 1-based; month 0 is before the run starts
    [InlineData(-1, 1, "MarketIndex")] // Why: an index into the model's markets
    public void Constructor_OutOfRangeMonthOrMarket_Rejected(int market, int month, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => new Predicate("p", market, Metric.ConcernShare, month, "<", 0.5));

        Assert.Equal(parameter, error.ParamName);
    }

    [Theory]
    // Each operator at the threshold itself and on either side of it (0.1).
    [InlineData("<", 0.09, true)]
    [InlineData("<", 0.1, false)]
    [InlineData("<=", 0.1, true)]
    [InlineData("<=", 0.11, false)]
    [InlineData(">", 0.1, false)]
    [InlineData(">", 0.11, true)]
    [InlineData(">=", 0.1, true)]
    [InlineData(">=", 0.09, false)]
    public void Holds_ValidOperator_ComparesWithTheThreshold(string op, double value, bool holds)
    {
        var predicate = new Predicate("p", 0, Metric.ConcernShare, 12, op, 0.1);

        Assert.Equal(holds, predicate.Holds(value));
    }
}
