using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Lodestone.Simulation.Distributions;

/// <summary>Uniform on [<see cref="Lower"/>, <see cref="Upper"/>]: F⁻¹(u) = a + u·(b − a).</summary>
public sealed record Uniform : Distribution
{
    /// <summary>Uniform between <paramref name="lower"/> and <paramref name="upper"/> (equal ends give a point).</summary>
    /// <exception cref="ArgumentException">An end is not finite, upper is below lower, or the width
    /// overflows.</exception>
    public Uniform(double lower, double upper)
    {
        if (!double.IsFinite(lower) || !double.IsFinite(upper) || upper < lower)
        {
            throw new ArgumentException($"uniform needs finite lower ≤ upper, got [{lower}, {upper}]");
        }
        // b − a beyond double's range made every draw +∞ (a + u·∞), whatever u.
        if (!double.IsFinite(upper - lower))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"uniform needs a width upper − lower within ±{double.MaxValue:G3}, got [{lower:G3}, {upper:G3}]"));
        }
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The smallest value a draw can take (a).</summary>
    public double Lower { get; }
    /// <summary>The largest value a draw can take (b).</summary>
    public double Upper { get; }

    /// <inheritdoc />
    public override double InverseCdf(double u) => Lower + u * (Upper - Lower);

    /// <summary>Four values per instruction: the same multiply and add as the one-value form, so the same bits.</summary>
    public override void InverseCdf(ReadOnlySpan<double> u, Span<double> into)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(into.Length, u.Length, nameof(into));
        ref var from = ref MemoryMarshal.GetReference(u);
        ref var to = ref MemoryMarshal.GetReference(into);
        var lower = Vector256.Create(Lower);
        var range = Vector256.Create(Upper - Lower);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= u.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                (lower + Vector256.LoadUnsafe(ref from, (nuint)i) * range).StoreUnsafe(ref to, (nuint)i);
            }
        }
        for (; i < u.Length; i++)
        {
            into[i] = InverseCdf(u[i]);
        }
    }

    /// <inheritdoc />
    public override double Mean => (Lower + Upper) / 2;

    /// <summary>"uniform(lower, upper)", six significant digits each.</summary>
    public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"uniform({Lower:G6}, {Upper:G6})");
}
