using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Lodestone.Testing;

/// <summary>CPU time spent by the calling thread since <see cref="StartNew"/>: a bound on a parser's work that machine
/// load does not stretch.</summary>
/// <remarks>
/// Wall-clock limits in the suite failed under load, not on slow code: 100,000 nested divs took 22.8 s of wall time
/// against a 10 s limit, a mutated scenario 7.3 s against 5 s, with six test projects running at load 60-80 on two
/// cores. The blow-ups these limits exist for are CPU (the YAML alias bomb cost 31 s of CPU, deep HTML 90 s), so the
/// thread's own CPU clock (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>) measures them and nothing else. Only for synchronous
/// work: after an <c>await</c> the rest may run on another thread. Elsewhere than Linux it falls back to wall time.
/// </remarks>
public readonly struct ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    private readonly TimeSpan _start;

    private ThreadCpuClock(TimeSpan start) => _start = start;

    /// <summary>A clock started now, on the calling thread.</summary>
    public static ThreadCpuClock StartNew() => new(Now());

    /// <summary>CPU time of the calling thread since the clock started (call it on the thread that started
    /// it).</summary>
    public TimeSpan Elapsed => Now() - _start;

    private static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out var time) == 0)
        {
            return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
        }
        return Stopwatch.GetElapsedTime(0);
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
