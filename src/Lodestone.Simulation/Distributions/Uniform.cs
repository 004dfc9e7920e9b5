using System.Globalization;

namespace Lodestone.Simulation.Distributions;

/// <summary>Uniform on [<see cref="Lower"/>, <see cref="Upper"/>]: F⁻¹(u) = a + u·(b − a).</summary>
public sealed record Uniform : Distribution
{
    public Uniform(double lower, double upper)
    {
        if (!double.IsFinite(lower) || !double.IsFinite(upper) || upper < lower)
        {
            throw new ArgumentException($"uniform needs finite lower ≤ upper, got [{lower}, {upper}]");
        }
        Lower = lower;
        Upper = upper;
    }

    public double Lower { get; }
    public double Upper { get; }

    public override double InverseCdf(double u) => Lower + u * (Upper - Lower);

    public override double Mean => (Lower + Upper) / 2;

    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"uniform({Lower:G6}, {Upper:G6})");
}
