using System.Runtime.InteropServices;

namespace Lodestone.Fuzz;

/// <summary>SharpFuzz's coverage map (<c>SharpFuzz.Common.Trace.SharedMem</c>), which instrumented code writes on every branch.</summary>
public static class CoverageMap
{
    /// <summary>AFL's map size, which SharpFuzz uses.</summary>
    private const int Size = 1 << 16;

    /// <summary>Points the map at a scratch buffer (never freed: it lives as long as the process), so instrumented code can run
    /// before <c>Fuzzer.Run</c> attaches AFL's shared memory; without it the first branch writes through a null pointer.</summary>
    public static unsafe void UseScratch() => SharpFuzz.Common.Trace.SharedMem = (byte*)NativeMemory.AllocZeroed(Size);
}
