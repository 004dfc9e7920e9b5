using System.Globalization;

namespace Lodestone.Cli.Tests.Crash;

/// <summary>How many kills each crash test makes, and the seed of their timing.</summary>
/// <remarks>
/// <c>LODESTONE_CRASH_KILLS</c> sets the kills per writer and backend (default 3, so the suite stays within minutes on a
/// 2-core machine; docs/reliability.md records runs with 20 and more). <c>LODESTONE_CRASH_SEED</c> replays a run's timing;
/// every test prints the seed it used.
/// </remarks>
internal static class CrashSettings
{
    public static int Kills => int.TryParse(Environment.GetEnvironmentVariable("LODESTONE_CRASH_KILLS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 3;

    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("LODESTONE_CRASH_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)
        ? s
        : Environment.TickCount & 0x7fffffff;

    /// <summary>A kill time in the part of a full run where the writer works: after startup (30 % of the run) to its end.</summary>
    public static TimeSpan KillPoint(Random random, TimeSpan fullRun) =>
        TimeSpan.FromMilliseconds(fullRun.TotalMilliseconds * (0.3 + 0.75 * random.NextDouble()));
}
