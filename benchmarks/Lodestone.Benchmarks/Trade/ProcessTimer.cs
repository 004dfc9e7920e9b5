using System.Diagnostics;

namespace Lodestone.Benchmarks.Trade;

/// <summary>Wall and whole-process CPU seconds of one awaited piece of work (the trade benchmarks' timed
/// sections).</summary>
internal static class ProcessTimer
{
    public static async Task<(T Result, double Wall, double Cpu)> TimedAsync<T>(Func<Task<T>> work)
    {
        var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await work();
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (result, wall, (process.TotalProcessorTime - cpuStart).TotalSeconds);
    }
}
