namespace Lodestone.Simulation.Engine;

/// <summary>The few operations the engine applies to a vector of runs, so one kernel serves every vector width.</summary>
/// <remarks>
/// Implemented by thin structs over <see cref="System.Numerics.Vector{T}"/> and <see cref="System.Runtime.Intrinsics.Vector512{T}"/>;
/// the JIT compiles the kernel once per struct, with the calls inlined. Every operation acts lane by lane and is exact IEEE arithmetic
/// (no fused multiply-add), so a run's values do not depend on the width it was computed at.
/// </remarks>
internal interface ILaneVector<TSelf>
    where TSelf : struct, ILaneVector<TSelf>
{
    /// <summary>Runs per vector.</summary>
    static abstract int Count { get; }

    static abstract TSelf Zero { get; }

    static abstract TSelf One { get; }

    static abstract TSelf Create(double value);

    /// <summary>Unchecked: callers keep index + <see cref="Count"/> ≤ array length.</summary>
    static abstract TSelf Load(double[] array, int index);

    /// <summary>Unchecked: callers keep index + <see cref="Count"/> ≤ array length.</summary>
    static abstract void Store(double[] array, int index, TSelf value);

    static abstract TSelf Min(TSelf left, TSelf right);

    static abstract TSelf Max(TSelf left, TSelf right);

    /// <summary>All bits set in the lanes where left &gt; right.</summary>
    static abstract TSelf GreaterThan(TSelf left, TSelf right);

    /// <summary>Per lane: <paramref name="whenTrue"/> where <paramref name="mask"/> is set, else <paramref name="whenFalse"/>.</summary>
    static abstract TSelf Select(TSelf mask, TSelf whenTrue, TSelf whenFalse);

    static abstract TSelf operator +(TSelf left, TSelf right);

    static abstract TSelf operator -(TSelf left, TSelf right);

    static abstract TSelf operator *(TSelf left, TSelf right);

    static abstract TSelf operator /(TSelf left, TSelf right);
}
