using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Lodestone.Simulation.Distributions;

/// <summary>Triangular with minimum a, mode c and maximum b.</summary>
/// <remarks>
/// F⁻¹(u) = a + √(u·(b − a)·(c − a)) for u &lt; (c − a)/(b − a), else b − √((1 − u)·(b − a)·(b − c)), clamped to [a, b]
/// (the rounded root can fall one step outside at the extreme u).
/// Mean (a + b + c)/3.
/// </remarks>
public sealed record Triangular : Distribution
{
    /// <summary>The triangle with its peak at <paramref name="mode"/>.</summary>
    /// <exception cref="ArgumentException">min ≤ mode ≤ max does not hold, or an end is not finite.</exception>
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

    /// <summary>The smallest value a draw can take (a).</summary>
    public double Min { get; }
    /// <summary>The most likely value (c).</summary>
    public double Mode { get; }
    /// <summary>The largest value a draw can take (b).</summary>
    public double Max { get; }

    /// <inheritdoc />
    public override double InverseCdf(double u)
    {
        var width = Max - Min;
        if (width == 0)
        {
            return Min;
        }
        var split = (Mode - Min) / width;
        // Clamped: at the extreme u the rounded root can land one step outside [a, b], where no draw belongs.
        return Math.Clamp(u < split
            ? Min + Math.Sqrt(u * width * (Mode - Min))
            : Max - Math.Sqrt((1 - u) * width * (Max - Mode)), Min, Max);
    }

    /// <summary>Four values per instruction: both branches' square roots (correctly rounded, like
    /// <see cref="Math.Sqrt"/>) with the one-value form's operations in its order, then the branch <c>u &lt; split</c>
    /// picks and the clamp; so the same bits.</summary>
    public override void InverseCdf(ReadOnlySpan<double> u, Span<double> into)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(into.Length, u.Length, nameof(into));
        var width = Max - Min;
        var i = 0;
        if (width != 0 && Vector256.IsHardwareAccelerated)
        {
            ref var from = ref MemoryMarshal.GetReference(u);
            ref var to = ref MemoryMarshal.GetReference(into);
            var split = Vector256.Create((Mode - Min) / width);
            var min = Vector256.Create(Min);
            var max = Vector256.Create(Max);
            var widths = Vector256.Create(width);
            var below = Vector256.Create(Mode - Min);
            var above = Vector256.Create(Max - Mode);
            for (; i <= u.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                var v = Vector256.LoadUnsafe(ref from, (nuint)i);
                var low = min + Vector256.Sqrt(v * widths * below);
                var high = max - Vector256.Sqrt((Vector256<double>.One - v) * widths * above);
                var draw = Vector256.ConditionalSelect(Vector256.LessThan(v, split), low, high);
                Vector256.Min(Vector256.Max(draw, min), max).StoreUnsafe(ref to, (nuint)i);
            }
        }
        for (; i < u.Length; i++)
        {
            into[i] = InverseCdf(u[i]);
        }
    }

    /// <inheritdoc />
    public override double Mean => (Min + Mode + Max) / 3;

    /// <summary>"triangular(min, mode, max)", six significant digits each.</summary>
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"triangular({Min:G6}, {Mode:G6}, {Max:G6})");
}
