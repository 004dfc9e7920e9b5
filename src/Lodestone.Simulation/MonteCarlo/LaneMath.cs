using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Lodestone.Simulation.MonteCarlo;

/// <summary>Reductions over the lanes of a block, <see cref="Vector{T}.Count"/> at a time.</summary>
internal static class LaneMath
{
    /// <summary>The smallest and largest value, and whether every value is a number (no NaN).</summary>
    /// <remarks>With a NaN present the extremes are meaningless and callers must take the value-by-value path.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double Min, double Max, bool AllNumbers) MinMax(ReadOnlySpan<double> values)
    {
        ref var start = ref MemoryMarshal.GetReference(values);
        var width = Vector<double>.Count;
        var lo = new Vector<double>(double.PositiveInfinity);
        var hi = new Vector<double>(double.NegativeInfinity);
        var numbers = Vector<long>.AllBitsSet;
        var i = 0;
        for (; i <= values.Length - width; i += width)
        {
            var v = Vector.LoadUnsafe(ref start, (nuint)i);
            lo = Vector.Min(lo, v);
            hi = Vector.Max(hi, v);
            numbers &= Vector.Equals(v, v);
        }
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        for (var lane = 0; lane < width; lane++)
        {
            min = Math.Min(min, lo[lane]);
            max = Math.Max(max, hi[lane]);
        }
        var allNumbers = numbers == Vector<long>.AllBitsSet;
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
}
