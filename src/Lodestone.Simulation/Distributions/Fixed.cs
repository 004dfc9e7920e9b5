using System.Globalization;

namespace Lodestone.Simulation.Distributions;

/// <summary>A point value: every run uses <see cref="Value"/>.</summary>
public sealed record Fixed(double Value) : Distribution
{
    public override double InverseCdf(double u) => Value;

    public override double Mean => Value;

    public override bool IsFixed => true;

    public override string Describe() => Value.ToString("G6", CultureInfo.InvariantCulture);
}
