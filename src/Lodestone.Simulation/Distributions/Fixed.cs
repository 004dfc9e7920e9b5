using System.Globalization;

namespace Lodestone.Simulation.Distributions;

/// <summary>A point value: every run uses <see cref="Value"/>.</summary>
public sealed record Fixed(double Value) : Distribution
{
    /// <inheritdoc />
    public override double InverseCdf(double u) => Value;

    /// <inheritdoc />
    public override double Mean => Value;

    /// <inheritdoc />
    public override bool IsFixed => true;

    /// <summary>The value alone, six significant digits ("0.05").</summary>
    public override string Describe() => Value.ToString("G6", CultureInfo.InvariantCulture);
}
