namespace Lodestone.Domain.Model;

/// <summary>A fraction of a whole, 0 to 1 inclusive.</summary>
/// <remarks>Rejects NaN and values outside [0, 1] (a tolerance of 1e-9 absorbs rounding). Percent input goes through <see cref="FromPercent"/>.</remarks>
public readonly record struct Share
{
    private const double Tolerance = 1e-9;

    /// <summary>The fraction, 0–1.</summary>
    public double Value { get; }

    /// <summary>A share of <paramref name="value"/> (0–1; values up to 1e-9 outside are clamped).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or beyond 0–1.</exception>
    public Share(double value)
    {
        if (double.IsNaN(value) || value < -Tolerance || value > 1 + Tolerance)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "a share must lie between 0 and 1");
        }
        Value = Math.Clamp(value, 0, 1);
    }

    /// <summary>A share from a percentage, 0–100 (50 → 0.5).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is NaN or beyond 0–100.</exception>
    public static Share FromPercent(double percent) => new(percent / 100.0);

    /// <summary>The share in percent, 0–100.</summary>
    public double Percent => Value * 100.0;

    /// <summary>Whether <see cref="FromPercent"/> accepts <paramref name="percent"/>: not NaN, within 0–100 (to 1e-9).</summary>
    public static bool IsValidPercent(double percent) =>
        !double.IsNaN(percent) && percent >= -Tolerance && percent <= 100 + Tolerance;

    /// <summary>The fraction with up to four decimals, invariant culture ("0.6917").</summary>
    public override string ToString() => Value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
