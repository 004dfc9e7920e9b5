using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Scenarios;

namespace Lodestone.Simulation.Tests.Distributions;

public sealed class TriangularTests
{
    /// <summary>A triangle with its mode at its minimum draws from b − √((1 − u)(b − a)²) at every u; at the smallest u
    /// the root rounds to just above b − a, so the draw fell one step below a (−1.0000000000000002 for (−1, −1,
    /// 1.607039)), and the scenario reader refused a yearly rate of −1 to 1.6 as "can draw −1 to 1.60704; allowed: −1
    /// to 10" (found by ScenarioReaderPropertyTests, seed 9LeYKYm0d-O1). A draw lies in [a, b] by definition.</summary>
    [Theory]
    [InlineData(-1, -1, 1.607039)]
    [InlineData(0, 0, 0.3)]
    [InlineData(0, 1, 1)]
    public void InverseCdf_ExtremeDraws_StayWithinMinAndMax(double min, double mode, double max)
    {
        var triangle = new Triangular(min, mode, max);
        var (smallest, largest) = (CounterRandom.SmallestUniform, CounterRandom.LargestUniform);
        double[] u = [.. Enumerable.Repeat(smallest, 4), .. Enumerable.Repeat(largest, 5)];
        var many = new double[u.Length];

        triangle.InverseCdf(u, many);

        var one = new[] { triangle.InverseCdf(smallest), triangle.InverseCdf(largest) };
        Assert.All(many.Concat(one), draw => Assert.InRange(draw, min, max));
    }

    [Fact]
    public void ReadText_TriangularWithItsModeAtTheRangesEnd_IsAccepted()
    {
        var yaml = "name: x\nstart: 2026-01\ndefaults:\n"
            + "  demand_growth: {triangular: [-1, -1, 1.607039], assumption: \"a test\"}\n"
            + "markets:\n  - commodity: gallium\n    stage: refining\n";

        var scenario = ScenarioReader.ReadText(yaml, "edge.yaml");

        Assert.Equal(new Triangular(-1, -1, 1.607039), scenario.Defaults[ParameterNames.DemandGrowth].Value);
    }
}
