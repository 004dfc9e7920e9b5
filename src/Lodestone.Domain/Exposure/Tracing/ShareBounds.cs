using System.Globalization;

namespace Lodestone.Domain.Exposure.Tracing;

/// <summary>A fraction known only within bounds: [<see cref="Low"/>, <see cref="High"/>] ⊆ [0, 1].</summary>
/// <remarks>
/// Traced dependence is an interval because bilateral data leave links unknown: an unknown link contributes 0 to the
/// low end and its whole weight to the high end, never a guessed average. <see cref="Width"/> is the untraced part.
/// </remarks>
public readonly record struct ShareBounds
{
    private const double Tolerance = 1e-9;

    /// <summary>The interval [<paramref name="low"/>, <paramref name="high"/>]; ends up to 1e-9 outside [0, 1] are clamped.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An end is NaN or beyond [0, 1], or low exceeds high.</exception>
    public ShareBounds(double low, double high)
    {
        if (double.IsNaN(low) || double.IsNaN(high) || low < -Tolerance || high > 1 + Tolerance || low > high + Tolerance)
        {
            throw new ArgumentOutOfRangeException(nameof(low), $"[{low}, {high}] is not an interval within [0, 1]");
        }
        Low = Math.Clamp(low, 0, 1);
        High = Math.Clamp(Math.Max(high, low), 0, 1);
    }

    /// <summary>Nothing of the supplier: [0, 0].</summary>
    public static ShareBounds Zero { get; } = new(0, 0);

    /// <summary>All of it: [1, 1].</summary>
    public static ShareBounds One { get; } = new(1, 1);

    /// <summary>Unknown: [0, 1].</summary>
    public static ShareBounds Unknown { get; } = new(0, 1);

    /// <summary>Lower bound, 0–1: the share traced for certain (unknown links count as none of the supplier).</summary>
    public double Low { get; }
    /// <summary>Upper bound, 0–1: the share when every unknown link is counted as wholly the supplier's.</summary>
    public double High { get; }

    /// <summary>High − Low: the part that could not be traced.</summary>
    public double Width => High - Low;

    /// <summary>True when the bounds meet (to 1e-9): the figure is traced, not bounded.</summary>
    public bool IsExact => Width <= Tolerance;

    /// <summary>[<paramref name="value"/>, <paramref name="value"/>]: a fraction traced exactly.</summary>
    public static ShareBounds Exact(double value) => new(value, value);

    /// <summary>m·<paramref name="made"/> + (1 − m)·<paramref name="imported"/> for every m in <paramref name="split"/>.</summary>
    /// <remarks>The mix is linear in m, so its extremes lie at the ends of the split's interval.</remarks>
    public static ShareBounds Mix(ShareBounds split, ShareBounds made, ShareBounds imported)
    {
        double At(double m, double a, double b) => m * a + (1 - m) * b;
        var low = Math.Min(At(split.Low, made.Low, imported.Low), At(split.High, made.Low, imported.Low));
        var high = Math.Max(At(split.Low, made.High, imported.High), At(split.High, made.High, imported.High));
        return new ShareBounds(low, high);
    }

    /// <summary>"18 %" when exact, else "18–100 %".</summary>
    public override string ToString() =>
        IsExact ? Pct(Low) + " %" : Pct(Low) + "–" + Pct(High) + " %";

    private static string Pct(double f) => (f * 100).ToString("0.#", CultureInfo.InvariantCulture);
}
