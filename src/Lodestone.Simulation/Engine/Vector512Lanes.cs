using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Lodestone.Simulation.Engine;

/// <summary><see cref="Vector512{T}"/> of doubles (8 runs) as an <see cref="ILaneVector{TSelf}"/>: used where the hardware runs it natively (AVX-512).</summary>
internal readonly struct Vector512Lanes(Vector512<double> value) : ILaneVector<Vector512Lanes>
{
    private readonly Vector512<double> _value = value;

    public static int Count => Vector512<double>.Count;

    public static Vector512Lanes Zero => new(Vector512<double>.Zero);

    public static Vector512Lanes One => new(Vector512<double>.One);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Create(double value) => new(Vector512.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Load(double[] array, int index) =>
        new(Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(array), (nuint)index));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(double[] array, int index, Vector512Lanes value) =>
        value._value.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(array), (nuint)index);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Min(Vector512Lanes left, Vector512Lanes right) => new(Vector512.Min(left._value, right._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Max(Vector512Lanes left, Vector512Lanes right) => new(Vector512.Max(left._value, right._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes GreaterThan(Vector512Lanes left, Vector512Lanes right) =>
        new(Vector512.GreaterThan(left._value, right._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes Select(Vector512Lanes mask, Vector512Lanes whenTrue, Vector512Lanes whenFalse) =>
        new(Vector512.ConditionalSelect(mask._value, whenTrue._value, whenFalse._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes operator +(Vector512Lanes left, Vector512Lanes right) => new(left._value + right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes operator -(Vector512Lanes left, Vector512Lanes right) => new(left._value - right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes operator *(Vector512Lanes left, Vector512Lanes right) => new(left._value * right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512Lanes operator /(Vector512Lanes left, Vector512Lanes right) => new(left._value / right._value);
}
