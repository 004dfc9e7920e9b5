using System.Globalization;

namespace Lodestone.Simulation.Distributions;

/// <summary>Triangular with minimum a, mode c and maximum b.</summary>
/// <remarks>
/// F⁻¹(u) = a + √(u·(b − a)·(c − a)) for u &lt; (c − a)/(b − a), else b − √((1 − u)·(b − a)·(b − c)).
/// Mean (a + b + c)/3.
/// </remarks>
public sealed record Triangular : Distribution
{
    public Triangular(double min, double mode, double max)
    {
        if (!(min <= mode && mode <= max) || !double.IsFinite(min) || !double.IsFinite(max))
        {
            throw new ArgumentException($"triangular needs min ≤ mode ≤ max, got ({min}, {mode}, {max})");
        }
        Min = min;
        Mode = mode;
        Max = max;
    }

    public double Min { get; }
    public double Mode { get; }
    public double Max { get; }

    public override double InverseCdf(double u)
    {
        var width = Max - Min;
        if (width == 0)
        {
            return Min;
        }
        var split = (Mode - Min) / width;
        return u < split
            ? Min + Math.Sqrt(u * width * (Mode - Min))
            : Max - Math.Sqrt((1 - u) * width * (Max - Mode));
    }

    public override double Mean => (Min + Mode + Max) / 3;

    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"triangular({Min:G6}, {Mode:G6}, {Max:G6})");
}
