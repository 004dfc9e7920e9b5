using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Lodestone.Simulation.MonteCarlo;

/// <summary>Reductions over the lanes of a block, <see cref="Vector{T}.Count"/> at a time.</summary>
internal static class LaneMath
{
    /// <summary>The smallest and largest value, and whether every value is a number (no NaN).</summary>
    /// <remarks>With a NaN present the extremes are meaningless and callers must take the value-by-value path. Minimum and maximum do not
    /// depend on the order values are met in (IEEE minimum/maximum: −0 below +0), so the widest vectors and two independent
    /// accumulators (half the dependent steps) give the bits of a value-by-value scan.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double Min, double Max, bool AllNumbers) MinMax(ReadOnlySpan<double> values)
    {
        ref var start = ref MemoryMarshal.GetReference(values);
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        var allNumbers = true;
        var i = 0;
        var wide = Vector512<double>.Count;
        if (Vector512.IsHardwareAccelerated && values.Length >= 2 * wide)
        {
            var lo0 = Vector512.Create(double.PositiveInfinity);
            var lo1 = lo0;
            var hi0 = Vector512.Create(double.NegativeInfinity);
            var hi1 = hi0;
            var numbers = Vector512<double>.AllBitsSet;
            for (; i <= values.Length - 2 * wide; i += 2 * wide)
            {
                var v0 = Vector512.LoadUnsafe(ref start, (nuint)i);
                var v1 = Vector512.LoadUnsafe(ref start, (nuint)(i + wide));
                lo0 = Vector512.Min(lo0, v0);
                lo1 = Vector512.Min(lo1, v1);
                hi0 = Vector512.Max(hi0, v0);
                hi1 = Vector512.Max(hi1, v1);
                numbers &= Vector512.Equals(v0, v0) & Vector512.Equals(v1, v1);
            }
            var lo = Vector512.Min(lo0, lo1);
            var hi = Vector512.Max(hi0, hi1);
            for (var lane = 0; lane < wide; lane++)
            {
                min = Math.Min(min, lo[lane]);
                max = Math.Max(max, hi[lane]);
            }
            // Compared as integers: all bits set is a NaN as a double, and NaN == NaN is false.
            allNumbers = numbers.AsUInt64() == Vector512<ulong>.AllBitsSet;
        }
        var width = Vector<double>.Count;
        if (values.Length - i >= width)
        {
            var lo = new Vector<double>(double.PositiveInfinity);
            var hi = new Vector<double>(double.NegativeInfinity);
            var numbers = Vector<long>.AllBitsSet;
            for (; i <= values.Length - width; i += width)
            {
                var v = Vector.LoadUnsafe(ref start, (nuint)i);
                lo = Vector.Min(lo, v);
                hi = Vector.Max(hi, v);
                numbers &= Vector.Equals(v, v);
            }
            for (var lane = 0; lane < width; lane++)
            {
                min = Math.Min(min, lo[lane]);
                max = Math.Max(max, hi[lane]);
            }
            allNumbers &= numbers == Vector<long>.AllBitsSet;
        }
        for (; i < values.Length; i++)
        {
            var v = Unsafe.Add(ref start, i);
            min = Math.Min(min, v);
            max = Math.Max(max, v);
            allNumbers &= !double.IsNaN(v);
        }
        return (min, max, allNumbers);
    }

    /// <summary>The sum in a fixed order (vector partial sums, then the tail): the same bits for the same values on the same machine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Sum(ReadOnlySpan<double> values)
    {
        ref var start = ref MemoryMarshal.GetReference(values);
        var width = Vector<double>.Count;
        var acc = Vector<double>.Zero;
        var i = 0;
        for (; i <= values.Length - width; i += width)
        {
            acc += Vector.LoadUnsafe(ref start, (nuint)i);
        }
        var sum = Vector.Sum(acc);
        for (; i < values.Length; i++)
        {
            sum += Unsafe.Add(ref start, i);
        }
        return sum;
    }

    /// <summary><see cref="Sum"/> of the first <paramref name="runs"/> values of each of <paramref name="count"/> arrays, into
    /// <paramref name="sums"/>: four arrays at a time, each in its own accumulator, so four dependent chains of additions overlap; each
    /// array's additions keep <see cref="Sum"/>'s order, so each sum has its bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sums(double[][] arrays, int count, int runs, Span<double> sums)
    {
        var s = 0;
        for (; s <= count - 4; s += 4)
        {
            Sum4(arrays[s], arrays[s + 1], arrays[s + 2], arrays[s + 3], runs, sums.Slice(s, 4));
        }
        for (; s < count; s++)
        {
            sums[s] = Sum(arrays[s].AsSpan(0, runs));
        }
    }

    private static void Sum4(double[] a, double[] b, double[] c, double[] d, int runs, Span<double> sums)
    {
        if (a.Length < runs || b.Length < runs || c.Length < runs || d.Length < runs)
        {
            throw new ArgumentOutOfRangeException(nameof(runs), $"{runs} runs, arrays of {Math.Min(Math.Min(a.Length, b.Length), Math.Min(c.Length, d.Length))}");
        }
        ref var ra = ref MemoryMarshal.GetArrayDataReference(a);
        ref var rb = ref MemoryMarshal.GetArrayDataReference(b);
        ref var rc = ref MemoryMarshal.GetArrayDataReference(c);
        ref var rd = ref MemoryMarshal.GetArrayDataReference(d);
        var width = Vector<double>.Count;
        var accA = Vector<double>.Zero;
        var accB = Vector<double>.Zero;
        var accC = Vector<double>.Zero;
        var accD = Vector<double>.Zero;
        var i = 0;
        for (; i <= runs - width; i += width)
        {
            accA += Vector.LoadUnsafe(ref ra, (nuint)i);
            accB += Vector.LoadUnsafe(ref rb, (nuint)i);
            accC += Vector.LoadUnsafe(ref rc, (nuint)i);
            accD += Vector.LoadUnsafe(ref rd, (nuint)i);
        }
        var sumA = Vector.Sum(accA);
        var sumB = Vector.Sum(accB);
        var sumC = Vector.Sum(accC);
        var sumD = Vector.Sum(accD);
        for (; i < runs; i++)
        {
            sumA += a[i];
            sumB += b[i];
            sumC += c[i];
            sumD += d[i];
        }
        sums[0] = sumA;
        sums[1] = sumB;
        sums[2] = sumC;
        sums[3] = sumD;
    }
}
