using System.Globalization;

namespace Lodestone.Simulation.Distributions;

/// <summary>A point value: every run uses <see cref="Value"/>.</summary>
/// <exception cref="ArgumentException">The value is NaN or infinite.</exception>
public sealed record Fixed(double Value) : Distribution
{
    /// <summary>The value every run uses; finite (a NaN would poison every run's figures, an infinity every
    /// mean).</summary>
    public double Value { get; } = double.IsFinite(Value)
        ? Value
        : throw new ArgumentException($"a fixed value must be finite, got {Value}", nameof(Value));

    /// <inheritdoc />
    public override double InverseCdf(double u) => Value;

    /// <inheritdoc />
    public override double Mean => Value;

    /// <inheritdoc />
    public override bool IsFixed => true;

    /// <summary>The value alone, six significant digits ("0.05").</summary>
    public override string Describe() => Value.ToString("G6", CultureInfo.InvariantCulture);
}
