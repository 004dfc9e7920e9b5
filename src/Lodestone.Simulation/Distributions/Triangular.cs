using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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

    /// <summary>Four values per instruction: both branches' square roots (correctly rounded, like <see cref="Math.Sqrt"/>) with the
    /// one-value form's operations in its order, then the branch <c>u &lt; split</c> picks; so the same bits.</summary>
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
                Vector256.ConditionalSelect(Vector256.LessThan(v, split), low, high).StoreUnsafe(ref to, (nuint)i);
            }
        }
        for (; i < u.Length; i++)
        {
            into[i] = InverseCdf(u[i]);
        }
    }

    public override double Mean => (Min + Mode + Max) / 3;

    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"triangular({Min:G6}, {Mode:G6}, {Max:G6})");
}
