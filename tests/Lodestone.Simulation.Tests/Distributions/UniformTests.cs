using Lodestone.Simulation.Distributions;

namespace Lodestone.Simulation.Tests.Distributions;

public sealed class UniformTests
{
    /// <summary>a + u·(b − a) at the smallest and largest u the sampler draws (2⁻⁵⁴ and 1 − 2⁻⁵²), one value at a time
    /// and four per instruction: never below a (u·(b − a) ≥ 0) nor above b (u·(b − a) is at least one rounding step
    /// short of b − a), as Triangular's mode-at-minimum draw was (TriangularTests).</summary>
    [Theory]
    [InlineData(-1, 1.607039)] // the range Triangular overshot
    [InlineData(0.1, 0.7)] // neither end exact in binary
    [InlineData(0, 0)] // a point
    [InlineData(-3, -2.9999999999999996)] // one step wide
    [InlineData(1e-300, 1e308)] // the widest ranges that fit
    [InlineData(-8.9e307, 8.9e307)]
    public void InverseCdf_ExtremeDraws_StayWithinLowerAndUpper(double lower, double upper)
    {
        var uniform = new Uniform(lower, upper);
        var (smallest, largest) = (CounterRandom.SmallestUniform, CounterRandom.LargestUniform);
        double[] u = [.. Enumerable.Repeat(smallest, 4), .. Enumerable.Repeat(largest, 5)];
        var many = new double[u.Length];

        uniform.InverseCdf(u, many);

        var one = new[] { uniform.InverseCdf(smallest), uniform.InverseCdf(largest) };
        Assert.All(many.Concat(one), draw => Assert.InRange(draw, lower, upper));
    }

    /// <summary>Both ends finite but b − a beyond double's range: every draw was +∞ (a + u·∞), and a scenario's
    /// range check then reported "can draw ∞ to ∞". Refused where the distribution is made instead.</summary>
    [Fact]
    public void New_WidthBeyondDoubleRange_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new Uniform(-1e308, 1e308));

        Assert.Contains("width", error.Message, StringComparison.Ordinal);
    }
}
