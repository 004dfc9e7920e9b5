using System.Globalization;
using Lodestone.Data.Storage;

namespace Lodestone.Cli.Tests.Crash;

/// <summary>
/// Kills one writer <see cref="CrashSettings.Kills"/> times, each on a fresh store in the before-state, and checks what each
/// kill left: exactly the before- or the after-state (or, with <see cref="Between"/>, a state that check accepts), and a
/// re-run that reaches the after-state.
/// </summary>
/// <remarks>
/// Three kills in four are aimed: the process kills itself (SIGKILL) at a crash point of its write transaction
/// (<see cref="KillPoints"/>), chosen at random among the points a full run reached, so the kill lands inside the write.
/// The fourth is sent from outside after a random delay, as an operator's <c>kill -9</c> would be. Kills run
/// <see cref="CrashSettings.Parallel"/> at a time, each on its own store.
/// </remarks>
internal sealed class KillLoop
{
    /// <summary>SIGKILL's exit status as .NET reports it for a child it started (128 + 9).</summary>
    private const int KilledExitCode = 137;

    /// <summary>
    /// Quick JIT for methods with loops and no dynamic PGO: a third less CPU for each short CLI run (the CLI builds with
    /// quick JIT for loops off, for long simulations). The JIT's tier changes how fast code runs, not what it does.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string> QuickStart = new Dictionary<string, string>
    {
        ["DOTNET_TieredPGO"] = "0",
        ["DOTNET_TC_QuickJitForLoops"] = "1",
    };

    /// <summary>A new store in the before-state; returns its <c>--db</c> argument.</summary>
    public required Func<Task<string>> Fresh { get; init; }

    /// <summary>The writer's command line for a store.</summary>
    public required Func<string, string[]> Args { get; init; }

    /// <summary>The whole store as text, compared exactly.</summary>
    public required Func<string, Task<string>> State { get; init; }

    /// <summary>For a writer that commits in steps (news ingest, per article): checks a state that is neither before nor after,
    /// given the store of the full run. Null for a one-transaction writer, whose kills must leave before or after.</summary>
    public Func<string, string, Task>? Between { get; init; }

    /// <summary>Removes a store once its kill is checked (PostgreSQL databases); null to keep it.</summary>
    public Func<string, Task>? Discard { get; init; }

    /// <summary>A directory for the full run's trace of crash points.</summary>
    public required string Scratch { get; init; }

    /// <summary>What the kills found.</summary>
    public sealed class Tally
    {
        private readonly Dictionary<string, int> _points = new(StringComparer.Ordinal);

        public int Aimed { get; private set; }
        public int Delayed { get; private set; }
        public int DelayedMidRun { get; private set; }
        public int Before { get; private set; }
        public int After { get; private set; }
        public int Between { get; private set; }

        public void Add(KillPlan plan, bool killed, string outcome)
        {
            lock (_points)
            {
                if (plan.Point is { } point)
                {
                    Aimed++;
                    _points[point] = _points.GetValueOrDefault(point) + 1;
                }
                else
                {
                    Delayed++;
                    DelayedMidRun += killed ? 1 : 0;
                }
                if (outcome == "before")
                {
                    Before++;
                }
                else if (outcome == "after")
                {
                    After++;
                }
                else
                {
                    Between++;
                }
            }
        }

        public override string ToString() =>
            $"{Aimed + Delayed} kills: {Aimed} at crash points ({string.Join(", ", _points.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))}), " +
            $"{Delayed} after a random delay ({DelayedMidRun} still running then); left before {Before}, after {After}, " +
            $"between (allowed, completed by the re-run) {Between}";
    }

    /// <summary>One kill: at the <paramref name="Occurrence"/>-th reach of <paramref name="Point"/>, or (Point null) after <paramref name="Delay"/>.</summary>
    public sealed record KillPlan(string? Point, int Occurrence, TimeSpan Delay)
    {
        public override string ToString() => Point is null ? $"after {Delay.TotalMilliseconds:0} ms" : $"at {Point}:{Occurrence}";
    }

    public async Task<Tally> RunAsync(int seed)
    {
        // A full run on its own: the after-state, the run's length and the crash points it passes.
        var complete = await Fresh();
        var before = await State(complete);
        var trace = Path.Combine(Scratch, "trace-" + Guid.NewGuid().ToString("N") + ".txt");
        var full = await CliProcess.RunAsync(With("LODESTONE_TEST_KILL_TRACE", trace), Args(complete));
        Assert.True(full.ExitCode == 0, $"the writer failed on its own: {full.Error}");
        var after = await State(complete);
        Assert.NotEqual(before, after);
        var reached = File.ReadAllLines(trace);
        Assert.Contains(reached, p => p.EndsWith("-before-commit", StringComparison.Ordinal));

        var random = new Random(seed);
        var plans = Enumerable.Range(0, CrashSettings.Kills)
            .Select(i => i % 4 == 3 ? new KillPlan(null, 0, CrashSettings.KillPoint(random, full.Took)) : AimAt(reached, random))
            .ToList();
        var tally = new Tally();
        await Parallel.ForEachAsync(Enumerable.Range(0, plans.Count), new ParallelOptions { MaxDegreeOfParallelism = CrashSettings.Parallel },
            async (i, _) => await KillOnceAsync(i, plans[i], before, after, complete, seed, tally));
        if (Discard is not null)
        {
            await Discard(complete);
        }
        return tally;
    }

    private static Dictionary<string, string> With(string variable, string value) => new(QuickStart) { [variable] = value };

    /// <summary>A kill at a point <paramref name="reached"/> holds: the kind of point at random (so a point reached once per run,
    /// a commit, is aimed at as often as one reached per row group), then one of its occurrences at random.</summary>
    private static KillPlan AimAt(string[] reached, Random random)
    {
        var kinds = reached.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var point = kinds[random.Next(kinds.Count)];
        return new KillPlan(point, 1 + random.Next(reached.Count(p => p == point)), TimeSpan.Zero);
    }

    private async Task KillOnceAsync(int index, KillPlan plan, string before, string after, string complete, int seed, Tally tally)
    {
        var db = await Fresh();
        var what = $"kill {index} {plan} (seed {seed})";
        bool killed;
        if (plan.Point is { } point)
        {
            var run = await CliProcess.RunAsync(With("LODESTONE_TEST_KILL_AT", point + ":" + plan.Occurrence.ToString(CultureInfo.InvariantCulture)), Args(db));
            Assert.True(run.ExitCode == KilledExitCode, $"{what}: the writer was not killed (exit {run.ExitCode}) {run.Error}");
            killed = true;
        }
        else
        {
            killed = await CliProcess.KillAfterAsync(plan.Delay, QuickStart, Args(db));
        }

        var seen = await State(db);
        string outcome;
        if (seen == after)
        {
            outcome = "after";
        }
        else if (seen == before)
        {
            outcome = "before";
        }
        else
        {
            Assert.True(Between is not null, $"{what} left a state that is neither before nor after");
            await Between(db, complete);
            outcome = "between";
        }
        // One transaction: a kill before its commit leaves nothing of it, a kill after its commit everything.
        if (Between is null && plan.Point is { } aimed)
        {
            Assert.True(outcome == (aimed.EndsWith("-after-commit", StringComparison.Ordinal) ? "after" : "before"), $"{what} left the {outcome}-state");
        }
        if (outcome != "after")
        {
            var rerun = await CliProcess.RunAsync(QuickStart, Args(db));
            Assert.True(rerun.ExitCode == 0, $"the re-run after {what} failed: {rerun.Error}");
            Assert.True(after == await State(db), $"the re-run after {what} did not reach the after-state");
        }
        tally.Add(plan, killed, outcome);
        if (Discard is not null)
        {
            await Discard(db);
        }
    }
}
