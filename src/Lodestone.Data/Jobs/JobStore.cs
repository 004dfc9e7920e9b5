using System.Data.Common;
using System.Globalization;
using static Lodestone.Data.Storage.SharedTables;

namespace Lodestone.Data.Jobs;

/// <summary>The durable job queue on the <c>jobs</c> table (migration 0005): one SQL text for SQLite and PostgreSQL.</summary>
/// <remarks>
/// <para>Every server on one database shares the queue. A worker claims the oldest queued job (or a running job whose
/// lease has expired) with one UPDATE; the backends differ only in how two workers are kept from claiming the same row:
/// PostgreSQL locks the chosen row with <c>FOR UPDATE SKIP LOCKED</c> (a second worker skips it and takes the next one,
/// nobody waits); SQLite has one writer at a time (<c>BEGIN IMMEDIATE</c>), so the claim's read and write see no other
/// writer in between. A claimed job carries its worker's name and a lease; the worker renews the lease with its progress
/// and only the lease holder can finish it, so a worker that paused past its lease and came back cannot overwrite the
/// result of the worker that took over.</para>
/// <para>Synchronous ADO.NET, one connection per call: the calls are short, and the web pages that read jobs are synchronous.</para>
/// </remarks>
public abstract class JobStore(TimeProvider clock)
{
    private const string Columns = "id, kind, client, request, status, progress, result, error, created_at, finished_at, worker, attempts";

    /// <summary>"sqlite" or "postgres".</summary>
    public abstract string Backend { get; }

    /// <summary>An open connection (SQLite: WAL and busy timeout set).</summary>
    protected abstract DbConnection Open();

    /// <summary>A write transaction that serialises submissions and claims (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock for submissions).</summary>
    protected abstract DbTransaction BeginWrite(DbConnection connection, bool submission);

    /// <summary>The clause that keeps two concurrent claims off one row ("FOR UPDATE SKIP LOCKED" on PostgreSQL, nothing on SQLite).</summary>
    protected abstract string ClaimLock { get; }

    /// <summary>Stores a new queued job of <paramref name="kind"/> within <paramref name="limits"/>, evicting the oldest finished job when the store is full.</summary>
    public JobSubmitOutcome Submit(string id, string kind, string client, bool keyed, string request, JobLimits limits)
    {
        using var connection = Open();
        using var transaction = BeginWrite(connection, submission: true);
        if (!keyed)
        {
            var unfinished = Strings(connection, transaction,
                "SELECT client FROM jobs WHERE kind = @k AND status IN ('queued', 'running') AND client <> 'key'", ("@k", kind));
            if (unfinished.Count(c => c == client) >= limits.PerClientUnfinished)
            {
                return JobSubmitOutcome.ClientLimit;
            }
            if (unfinished.Count >= limits.Capacity - limits.KeyedReserve)
            {
                return JobSubmitOutcome.Full;
            }
        }
        if (Count(connection, transaction, "SELECT COUNT(*) FROM jobs WHERE kind = @k", ("@k", kind)) >= limits.Capacity)
        {
            var oldest = Strings(connection, transaction,
                "SELECT id FROM jobs WHERE kind = @k AND status IN ('succeeded', 'failed') ORDER BY seq LIMIT 1", ("@k", kind));
            if (oldest.Count == 0)
            {
                return JobSubmitOutcome.Full;
            }
            Execute(connection, transaction, "DELETE FROM jobs WHERE id = @id", ("@id", oldest[0]));
        }
        Execute(connection, transaction, """
            INSERT INTO jobs (id, seq, kind, client, request, status, progress, created_at, attempts)
            VALUES (@id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM jobs), @k, @c, @r, 'queued', 0, @at, 0)
            """,
            ("@id", id), ("@k", kind), ("@c", client), ("@r", request), ("@at", Now().ToString("O", CultureInfo.InvariantCulture)));
        transaction.Commit();
        return JobSubmitOutcome.Accepted;
    }

    /// <summary>The job with <paramref name="id"/>, or null.</summary>
    public JobRecord? Find(string id)
    {
        using var connection = Open();
        return Read(connection, null, $"SELECT {Columns} FROM jobs WHERE id = @id", ("@id", id)).FirstOrDefault();
    }

    /// <summary>The kept jobs of <paramref name="kind"/>, newest first, without their results (<see cref="JobRecord.Result"/> is null: read one with <see cref="Find"/>).</summary>
    /// <remarks>A list never shows results, and reading them cost the dashboard's job list every kept report per request (24 MB
    /// per request with the soak's jobs: most of the server's allocations and the large-object heap's swings, docs/reliability.md).</remarks>
    public IReadOnlyList<JobRecord> Recent(string kind)
    {
        using var connection = Open();
        return Read(connection, null, $"SELECT {Columns.Replace(" result,", " NULL AS result,", StringComparison.Ordinal)} FROM jobs WHERE kind = @k ORDER BY seq DESC", ("@k", kind));
    }

    /// <summary>Jobs of <paramref name="kind"/> waiting for a worker.</summary>
    public long QueueDepth(string kind)
    {
        using var connection = Open();
        return Count(connection, null, "SELECT COUNT(*) FROM jobs WHERE kind = @k AND status = 'queued'", ("@k", kind));
    }

    /// <summary>Claims the oldest queued job of <paramref name="kind"/>, or a running one whose lease expired, for <paramref name="worker"/> until now + <paramref name="lease"/>.</summary>
    /// <returns>The claimed job (status running, attempts counted), or null when there is none.</returns>
    public JobRecord? Claim(string kind, string worker, TimeSpan lease)
    {
        var now = Now();
        using var connection = Open();
        using var transaction = BeginWrite(connection, submission: false);
        var claimed = Read(connection, transaction, $"""
            UPDATE jobs SET status = 'running', worker = @w, lease_until_ms = @until, attempts = attempts + 1,
                started_at = COALESCE(started_at, @at)
            WHERE id = (SELECT id FROM jobs WHERE kind = @k AND (status = 'queued' OR (status = 'running' AND lease_until_ms < @now))
                        ORDER BY seq LIMIT 1 {ClaimLock})
            RETURNING {Columns}
            """,
            ("@w", worker), ("@until", (now + lease).ToUnixTimeMilliseconds()), ("@at", now.ToString("O", CultureInfo.InvariantCulture)),
            ("@k", kind), ("@now", now.ToUnixTimeMilliseconds())).FirstOrDefault();
        transaction.Commit();
        return claimed;
    }

    /// <summary>Records <paramref name="progress"/> and renews the lease of a job <paramref name="worker"/> holds.</summary>
    /// <returns>False when the worker no longer holds the job (its lease expired and another worker claimed it).</returns>
    public bool Renew(string id, string worker, double progress, TimeSpan lease)
    {
        using var connection = Open();
        return Execute(connection, null,
            "UPDATE jobs SET progress = @p, lease_until_ms = @until WHERE id = @id AND worker = @w AND status = 'running'",
            ("@p", Math.Clamp(progress, 0, 1)), ("@until", (Now() + lease).ToUnixTimeMilliseconds()), ("@id", id), ("@w", worker)) == 1;
    }

    /// <summary>Finishes a job <paramref name="worker"/> holds with a result (succeeded) or an error (failed).</summary>
    /// <returns>False when the worker no longer holds the job (nothing is written).</returns>
    public bool Finish(string id, string worker, string? result, string? error)
    {
        using var connection = Open();
        var status = error is null ? "succeeded" : "failed";
        return Execute(connection, null, """
            UPDATE jobs SET status = @s, result = @r, error = @e, progress = CASE WHEN @e IS NULL THEN 1 ELSE progress END,
                finished_at = @at, lease_until_ms = NULL
            WHERE id = @id AND worker = @w AND status = 'running'
            """,
            ("@s", status), ("@r", result), ("@e", error), ("@at", Now().ToString("O", CultureInfo.InvariantCulture)), ("@id", id), ("@w", worker)) == 1;
    }

    /// <summary>Puts a job <paramref name="worker"/> holds back in the queue (its server is stopping): another worker runs it from the start.</summary>
    public bool Release(string id, string worker)
    {
        using var connection = Open();
        return Execute(connection, null,
            "UPDATE jobs SET status = 'queued', worker = NULL, lease_until_ms = NULL, progress = 0 WHERE id = @id AND worker = @w AND status = 'running'",
            ("@id", id), ("@w", worker)) == 1;
    }

    private DateTimeOffset Now() => clock.GetUtcNow();

    private static long Count(DbConnection connection, DbTransaction? transaction, string sql, params (string, object?)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static List<string> Strings(DbConnection connection, DbTransaction? transaction, string sql, params (string, object?)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    private static List<JobRecord> Read(DbConnection connection, DbTransaction? transaction, string sql, params (string, object?)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var jobs = new List<JobRecord>();
        while (reader.Read())
        {
            jobs.Add(new JobRecord(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                Enum.Parse<JobStatus>(reader.GetString(4), ignoreCase: true),
                reader.GetDouble(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                DateTimeOffset.Parse(reader.GetString(8), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                reader.IsDBNull(9) ? null : DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                reader.IsDBNull(10) ? null : reader.GetString(10),
                Convert.ToInt32(reader.GetValue(11), CultureInfo.InvariantCulture)));
        }
        return jobs;
    }
}
