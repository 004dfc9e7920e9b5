namespace Lodestone.Domain.Model;

/// <summary>A fraction of a whole, 0 to 1 inclusive.</summary>
/// <remarks>Rejects NaN and values outside [0, 1] (a tolerance of 1e-9 absorbs rounding). Percent input goes through <see cref="FromPercent"/>.</remarks>
public readonly record struct Share
{
    private const double Tolerance = 1e-9;

    public double Value { get; }

    public Share(double value)
    {
        if (double.IsNaN(value) || value < -Tolerance || value > 1 + Tolerance)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a share must lie between 0 and 1");
        }
        Value = Math.Clamp(value, 0, 1);
    }

    public static Share FromPercent(double percent) => new(percent / 100.0);

    public double Percent => Value * 100.0;

    public static bool IsValidPercent(double percent) =>
        !double.IsNaN(percent) && percent >= -Tolerance && percent <= 100 + Tolerance;

    public override string ToString() => Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
