using System.Globalization;

namespace Lodestone.Cli.Tests.Crash;

/// <summary>How many kills each crash test makes, how many run at once, and the seed of their choice.</summary>
/// <remarks>
/// <c>LODESTONE_CRASH_KILLS</c> sets the kills per writer and backend (default 20, the floor, run in CI).
/// <c>LODESTONE_CRASH_PARALLEL</c> how many kills run at once, each on its own store (default 2: the CLI's start-up is
/// CPU-bound and the machine has two cores). <c>LODESTONE_CRASH_SEED</c> replays a run's choice of crash points and delays;
/// every test prints the seed it used.
/// </remarks>
internal static class CrashSettings
{
    public static int Kills => Positive("LODESTONE_CRASH_KILLS") ?? 20;

    public static int Parallel => Positive("LODESTONE_CRASH_PARALLEL") ?? 2;

    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("LODESTONE_CRASH_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)
        ? s
        : Environment.TickCount & 0x7fffffff;

    /// <summary>A kill time in the part of a full run where the writer works: after startup (30 % of the run) to its end.</summary>
    public static TimeSpan KillPoint(Random random, TimeSpan fullRun) =>
        TimeSpan.FromMilliseconds(fullRun.TotalMilliseconds * (0.3 + 0.75 * random.NextDouble()));

    private static int? Positive(string variable) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
