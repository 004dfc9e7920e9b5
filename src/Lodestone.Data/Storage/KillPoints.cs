using System.Diagnostics;
using System.Globalization;

namespace Lodestone.Data.Storage;

/// <summary>
/// Test-only crash points: named places inside every write transaction where the crash tests can make the process
/// SIGKILL itself, so a kill lands inside the write instead of before or after it.
/// </summary>
/// <remarks>
/// <para>Inert unless the environment variable <c>LODESTONE_TEST_KILL_AT</c> or <c>LODESTONE_TEST_KILL_TRACE</c> is set
/// when the process starts (read once): then <see cref="Reach"/> is one null check. Nothing in Lodestone sets them; only
/// the crash tests (<c>tests/Lodestone.Cli.Tests/Crash</c>) do, for the CLI processes they start (docs/reliability.md).</para>
/// <para><c>LODESTONE_TEST_KILL_AT=&lt;point&gt;:&lt;n&gt;</c> kills the process (SIGKILL, as <c>kill -9</c>: no
/// finaliser, no rollback, no flush) the <c>n</c>-th time it reaches <c>point</c>.
/// <c>LODESTONE_TEST_KILL_TRACE=&lt;file&gt;</c> appends each point reached to the file, one per line, so a test learns
/// where a full run can be killed.</para>
/// </remarks>
public static class KillPoints
{
    /// <summary>A knowledge-base replace has deleted the stored rows and written none yet.</summary>
    public const string KnowledgeBaseCleared = "kb-cleared";

    /// <summary>The knowledge base has written one more table's rows (a transaction may write several).</summary>
    public const string KnowledgeBaseTable = "kb-table";

    /// <summary>A knowledge-base write transaction is about to commit.</summary>
    public const string KnowledgeBaseBeforeCommit = "kb-before-commit";

    /// <summary>A knowledge-base write transaction has committed.</summary>
    public const string KnowledgeBaseAfterCommit = "kb-after-commit";

    /// <summary>The news store has written one row group (an article, an event, a link, a claim, a proposal, a decision) inside a transaction.</summary>
    public const string NewsWrite = "news-write";

    /// <summary>A news write transaction is about to commit.</summary>
    public const string NewsBeforeCommit = "news-before-commit";

    /// <summary>A news write transaction has committed.</summary>
    public const string NewsAfterCommit = "news-after-commit";

    private static readonly Plan? Armed = Plan.FromEnvironment();

    /// <summary>Marks <paramref name="point"/> as reached: kills the process if the test asked for this occurrence.</summary>
    public static void Reach(string point) => Armed?.Reach(point);

    private sealed class Plan(string? target, int occurrence, string? trace)
    {
        private readonly Dictionary<string, int> _reached = new(StringComparer.Ordinal);
        private readonly Lock _lock = new();

        public static Plan? FromEnvironment()
        {
            var at = Environment.GetEnvironmentVariable("LODESTONE_TEST_KILL_AT");
            var trace = Environment.GetEnvironmentVariable("LODESTONE_TEST_KILL_TRACE");
            if (string.IsNullOrEmpty(at) && string.IsNullOrEmpty(trace))
            {
                return null;
            }
            if (string.IsNullOrEmpty(at))
            {
                return new Plan(null, 0, trace);
            }
            var colon = at.LastIndexOf(':');
            if (colon <= 0 || !int.TryParse(at.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                // A test's own mistake: refusing loudly beats a crash test that silently never kills.
                throw new InvalidOperationException($"LODESTONE_TEST_KILL_AT must be <point>:<n> with n ≥ 1, not '{at}'");
            }
            return new Plan(at[..colon], n, string.IsNullOrEmpty(trace) ? null : trace);
        }

        public void Reach(string point)
        {
            lock (_lock)
            {
                if (trace is not null)
                {
                    File.AppendAllText(trace, point + "\n");
                }
                var count = _reached[point] = _reached.GetValueOrDefault(point) + 1;
                if (count == occurrence && string.Equals(point, target, StringComparison.Ordinal))
                {
                    // Process.Kill is kill(pid, SIGKILL) on Unix.
                    using var self = Process.GetCurrentProcess();
                    self.Kill();
                    Thread.Sleep(Timeout.Infinite);
                }
            }
        }
    }
}
