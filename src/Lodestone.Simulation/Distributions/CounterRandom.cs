using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Lodestone.Simulation.Distributions;

/// <summary>A counter-based uniform generator: the draw for (seed, run, stream) is a pure function of the three.</summary>
/// <remarks>
/// Each run gets its own seed <c>h(seed, run)</c>; each parameter of the run is a separate stream. The hash is the
/// SplitMix64 finaliser (Steele, Lea &amp; Flood 2014, "Fast splittable pseudorandom number generators", OOPSLA),
/// applied twice over the mixed counters. Because nothing is shared between runs, results are bit-identical whatever the
/// thread count or the order in which runs execute.
/// </remarks>
public static class CounterRandom
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>The per-run seed derived from the user's seed and the run index.</summary>
    public static ulong RunSeed(ulong seed, long run) => Mix(seed ^ Mix((ulong)run * Golden + 0x632BE59BD9B4E019UL));

    /// <summary>The smallest value <see cref="Uniform"/> returns: half a step of 2⁻⁵³ above 0.</summary>
    public const double SmallestUniform = 0.5 / (1UL << 53);

    /// <summary>The largest value below 1 that <see cref="Uniform"/> returns: 1 − 2⁻⁵².</summary>
    /// <remarks>
    /// Above 2⁵² a double holds only integers, so <c>k + 0.5</c> rounds to even: the top draws are 1 − 2⁻⁵² and, for the single
    /// largest <c>k</c> (a 2⁻⁵³ chance), exactly 1. Range checks use this value; the engine refuses a non-finite result.
    /// </remarks>
    public const double LargestUniform = 1.0 - 1.0 / (1UL << 52);

    /// <summary>A uniform draw on the open interval (0, 1) for one stream of one run.</summary>
    public static double Uniform(ulong runSeed, int stream)
    {
        var bits = Mix(runSeed + (ulong)(stream + 1) * Golden);
        // 53 random bits, shifted by half a step so 0 and 1 never occur (inverse CDFs are infinite there).
        return ((bits >> 11) + 0.5) * (1.0 / (1UL << 53));
    }

    /// <summary><see cref="Uniform"/> of one stream for each run seed of <paramref name="runSeeds"/>, four runs per instruction.</summary>
    /// <remarks>The same integer arithmetic (64-bit products modulo 2⁶⁴) and an exact conversion (the 53 bits fit a double), so every
    /// value has the bits of <see cref="Uniform"/>.</remarks>
    public static void Uniforms(ReadOnlySpan<ulong> runSeeds, int stream, Span<double> into)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(into.Length, runSeeds.Length, nameof(into));
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var from = ref MemoryMarshal.GetReference(runSeeds);
            ref var to = ref MemoryMarshal.GetReference(into);
            var counter = Vector256.Create((ulong)(stream + 1) * Golden);
            var half = Vector256.Create(0.5);
            var step = Vector256.Create(1.0 / (1UL << 53));
            for (; i <= runSeeds.Length - Vector256<ulong>.Count; i += Vector256<ulong>.Count)
            {
                var bits = Mix(Vector256.LoadUnsafe(ref from, (nuint)i) + counter);
                ((Vector256.ConvertToDouble((bits >>> 11).AsInt64()) + half) * step).StoreUnsafe(ref to, (nuint)i);
            }
        }
        for (; i < runSeeds.Length; i++)
        {
            into[i] = Uniform(runSeeds[i], stream);
        }
    }

    private static Vector256<ulong> Mix(Vector256<ulong> z)
    {
        z = (z ^ (z >>> 30)) * Vector256.Create(0xBF58476D1CE4E5B9UL);
        z = (z ^ (z >>> 27)) * Vector256.Create(0x94D049BB133111EBUL);
        return z ^ (z >>> 31);
    }

    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
