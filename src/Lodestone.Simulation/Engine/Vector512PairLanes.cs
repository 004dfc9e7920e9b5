using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Lodestone.Simulation.Engine;

/// <summary>Two <see cref="Vector512{T}"/> of doubles (16 runs) as one <see cref="ILaneVector{TSelf}"/>: every operation is issued for
/// both halves side by side.</summary>
/// <remarks>The engine's month step is a chain of dependent operations (divisions among them) from one month's price to the next, so a
/// single vector leaves the core waiting on latencies; two independent halves fill those waits.</remarks>
internal readonly struct Vector512PairLanes(Vector512<double> low, Vector512<double> high) : ILaneVector<Vector512PairLanes>
{
    private readonly Vector512<double> _low = low;
    private readonly Vector512<double> _high = high;

    public static int Count => 2 * Vector512<double>.Count;

    public static Vector512PairLanes Zero => new(Vector512<double>.Zero, Vector512<double>.Zero);

    public static Vector512PairLanes One => new(Vector512<double>.One, Vector512<double>.One);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512PairLanes Create(double value)
    {
        var half = Vector512.Create(value);
        return new(half, half);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512PairLanes Load(double[] array, int index)
    {
        ref var start = ref MemoryMarshal.GetArrayDataReference(array);
        return new(Vector512.LoadUnsafe(ref start, (nuint)index), Vector512.LoadUnsafe(ref start, (nuint)(index + Vector512<double>.Count)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(double[] array, int index, Vector512PairLanes value)
    {
        ref var start = ref MemoryMarshal.GetArrayDataReference(array);
        value._low.StoreUnsafe(ref start, (nuint)index);
        value._high.StoreUnsafe(ref start, (nuint)(index + Vector512<double>.Count));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512PairLanes Min(Vector512PairLanes left, Vector512PairLanes right) =>
        new(Vector512.Min(left._low, right._low), Vector512.Min(left._high, right._high));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512PairLanes Max(Vector512PairLanes left, Vector512PairLanes right) =>
        new(Vector512.Max(left._low, right._low), Vector512.Max(left._high, right._high));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512PairLanes GreaterThan(Vector512PairLanes left, Vector512PairLanes right) =>
        new(Vector512.GreaterThan(left._low, right._low), Vector512.GreaterThan(left._high, right._high));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512PairLanes Select(Vector512PairLanes mask, Vector512PairLanes whenTrue, Vector512PairLanes whenFalse) =>
        new(Vector512.ConditionalSelect(mask._low, whenTrue._low, whenFalse._low), Vector512.ConditionalSelect(mask._high, whenTrue._high, whenFalse._high));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512PairLanes operator +(Vector512PairLanes left, Vector512PairLanes right) => new(left._low + right._low, left._high + right._high);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512PairLanes operator -(Vector512PairLanes left, Vector512PairLanes right) => new(left._low - right._low, left._high - right._high);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512PairLanes operator *(Vector512PairLanes left, Vector512PairLanes right) => new(left._low * right._low, left._high * right._high);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512PairLanes operator /(Vector512PairLanes left, Vector512PairLanes right) => new(left._low / right._low, left._high / right._high);
}
