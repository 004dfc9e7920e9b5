using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Lodestone.Simulation.Engine;

/// <summary><see cref="Vector{T}"/> of doubles (the platform's default width: 4 runs with AVX2) as an <see cref="ILaneVector{TSelf}"/>.</summary>
internal readonly struct SystemVectorLanes(Vector<double> value) : ILaneVector<SystemVectorLanes>
{
    private readonly Vector<double> _value = value;

    public static int Count => Vector<double>.Count;

    public static SystemVectorLanes Zero => new(Vector<double>.Zero);

    public static SystemVectorLanes One => new(Vector<double>.One);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SystemVectorLanes Create(double value) => new(new Vector<double>(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SystemVectorLanes Load(double[] array, int index) =>
        new(Vector.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(array), (nuint)index));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(double[] array, int index, SystemVectorLanes value) =>
        value._value.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(array), (nuint)index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SystemVectorLanes Min(SystemVectorLanes left, SystemVectorLanes right) => new(Vector.Min(left._value, right._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SystemVectorLanes Max(SystemVectorLanes left, SystemVectorLanes right) => new(Vector.Max(left._value, right._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SystemVectorLanes GreaterThan(SystemVectorLanes left, SystemVectorLanes right) =>
        new(Vector.GreaterThan(left._value, right._value).As<long, double>());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SystemVectorLanes Select(SystemVectorLanes mask, SystemVectorLanes whenTrue, SystemVectorLanes whenFalse) =>
        new(Vector.ConditionalSelect(mask._value, whenTrue._value, whenFalse._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SystemVectorLanes operator +(SystemVectorLanes left, SystemVectorLanes right) => new(left._value + right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SystemVectorLanes operator -(SystemVectorLanes left, SystemVectorLanes right) => new(left._value - right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SystemVectorLanes operator *(SystemVectorLanes left, SystemVectorLanes right) => new(left._value * right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SystemVectorLanes operator /(SystemVectorLanes left, SystemVectorLanes right) => new(left._value / right._value);
}
