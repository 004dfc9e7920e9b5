using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Lodestone.Data.Storage;
using Lodestone.Domain.Brief;
using static Lodestone.Data.Storage.SharedTables;

namespace Lodestone.Data.Alerts;

/// <summary>Alerts, the brief baseline they are raised against, and their webhook deliveries (tables of migration 0007), on SQLite or PostgreSQL.</summary>
/// <remarks>
/// <para>Raising is compare-and-set on the baseline: <see cref="Record"/> writes the alerts and the new baseline in one transaction
/// under the writers' lock, and only over the baseline version the caller compared against. Two processes comparing at once
/// (two servers, a server and the CLI) cannot both raise the same alert: the second finds the version moved and compares again,
/// against figures that now already hold the change. The unique key (baseline version, commodity, figure) backs that up.</para>
/// <para>Deliveries are claimed like jobs: pending alerts whose next try is due, one claimer per row (<c>FOR UPDATE SKIP LOCKED</c>
/// on PostgreSQL), held until a lease ends so a dead server's claim is taken again.</para>
/// </remarks>
public sealed class AlertStore(StoreTarget target, TimeProvider clock)
{
    // Any constant, the same in every Lodestone process: serialises baseline comparisons.
    private const long LockId = 0x4C4F4441; // "LODA"

    private const string Columns = "id, importer, supplier, as_of, commodity, figure, old_value, new_value, change_ref, change_summary, raised_at, "
        + "webhook_status, webhook_attempts, webhook_last_error, webhook_delivered_at";

    private readonly SharedTables _tables = new(target, LockId);

    /// <summary>Migrates <paramref name="target"/> (every table) and opens its alert store.</summary>
    public static async Task<AlertStore> OpenAsync(StoreTarget target, TimeProvider clock, CancellationToken cancellationToken)
    {
        await StoreMigration.MigrateAsync(target, clock, cancellationToken);
        return new AlertStore(target, clock);
    }

    /// <summary>The baseline, or null before the first comparison.</summary>
    public BriefBaseline? Baseline()
    {
        using var connection = _tables.Open();
        return ReadBaseline(connection, null);
    }

    /// <summary>Writes an alert per change and <paramref name="next"/> as the baseline, if the baseline is still at <paramref name="expectedVersion"/> (null: none yet).</summary>
    /// <returns>The alerts written (ids assigned), or null when another process moved the baseline first (nothing written: compare again).</returns>
    public IReadOnlyList<AlertRecord>? Record(long? expectedVersion, BriefBaseline next, IReadOnlyList<BriefFigureChange> changes, string changeRef, string changeSummary)
    {
        using var connection = _tables.Open();
        using var transaction = _tables.BeginWrite(connection);
        if (ReadBaseline(connection, transaction)?.Version != expectedVersion)
        {
            return null;
        }
        var version = (expectedVersion ?? 0) + 1;
        var now = Timestamp(clock.GetUtcNow());
        var written = new List<AlertRecord>();
        foreach (var change in changes)
        {
            written.AddRange(Query(connection, transaction, Read, $"""
                INSERT INTO alerts (baseline_version, importer, supplier, as_of, commodity, figure, old_value, new_value, change_ref, change_summary,
                    raised_at, webhook_status, webhook_attempts)
                VALUES (@v, @i, @s, @a, @c, @f, @o, @n, @r, @m, @at, 'pending', 0)
                RETURNING {Columns}
                """,
                ("@v", version), ("@i", next.Importer), ("@s", next.Supplier), ("@a", next.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                ("@c", change.Commodity), ("@f", change.Figure), ("@o", change.Old), ("@n", change.New), ("@r", changeRef), ("@m", changeSummary), ("@at", now)));
        }
        Execute(connection, transaction, "DELETE FROM alert_baseline");
        Execute(connection, transaction, """
            INSERT INTO alert_baseline (id, version, importer, supplier, as_of, figures, recorded_at) VALUES (1, @v, @i, @s, @a, @f, @at)
            """,
            ("@v", version), ("@i", next.Importer), ("@s", next.Supplier), ("@a", next.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("@f", JsonSerializer.Serialize(next.Figures)), ("@at", now));
        transaction.Commit();
        return written;
    }

    /// <summary>The newest <paramref name="limit"/> alerts, newest first.</summary>
    public IReadOnlyList<AlertRecord> Recent(int limit)
    {
        using var connection = _tables.Open();
        return Query(connection, null, Read, $"SELECT {Columns} FROM alerts ORDER BY id DESC LIMIT @n", ("@n", (long)limit));
    }

    public AlertRecord? Find(long id)
    {
        using var connection = _tables.Open();
        return Query(connection, null, Read, $"SELECT {Columns} FROM alerts WHERE id = @id", ("@id", id)).FirstOrDefault();
    }

    /// <summary>Every try at delivering alert <paramref name="id"/>, oldest first.</summary>
    public IReadOnlyList<AlertDelivery> Deliveries(long id)
    {
        using var connection = _tables.Open();
        return Query(connection, null, r => new AlertDelivery(Int64(r, 0), (int)Int64(r, 1), ParseTimestamp(r.GetString(2)), r.GetString(3), NullableString(r, 4)),
            "SELECT alert_id, attempt, at, outcome, error FROM alert_deliveries WHERE alert_id = @id ORDER BY attempt", ("@id", id));
    }

    /// <summary>Claims up to <paramref name="max"/> pending alerts whose next try is due for <paramref name="worker"/> until now + <paramref name="lease"/>.</summary>
    public IReadOnlyList<AlertRecord> ClaimDeliveries(string worker, TimeSpan lease, int max)
    {
        var now = clock.GetUtcNow();
        using var connection = _tables.Open();
        using var transaction = _tables.BeginClaim(connection);
        var claimed = Query(connection, transaction, Read, $"""
            UPDATE alerts SET webhook_worker = @w, webhook_lease_until_ms = @until
            WHERE id IN (SELECT id FROM alerts WHERE webhook_status = 'pending' AND COALESCE(webhook_next_ms, 0) <= @now
                           AND COALESCE(webhook_lease_until_ms, 0) < @now ORDER BY id LIMIT @max {_tables.SkipLocked})
            RETURNING {Columns}
            """,
            ("@w", worker), ("@until", (now + lease).ToUnixTimeMilliseconds()), ("@now", now.ToUnixTimeMilliseconds()), ("@max", (long)max));
        transaction.Commit();
        return claimed.OrderBy(a => a.Id).ToList();
    }

    /// <summary>Records try number <paramref name="attempt"/> of a claimed alert: delivered, or failed with <paramref name="error"/> and tried
    /// again at <paramref name="retryAt"/> (null: no more tries, the alert's delivery has failed).</summary>
    /// <returns>False when <paramref name="worker"/> no longer holds the alert (its lease ran out and another took it): nothing is written.</returns>
    /// <remarks>The next try's time is bound through <see cref="SharedTables.Int64OrNull"/>: a bare null would be text, which PostgreSQL will not store in a BIGINT column.</remarks>
    public bool RecordAttempt(long id, string worker, int attempt, string? error, DateTimeOffset? retryAt)
    {
        var now = clock.GetUtcNow();
        using var connection = _tables.Open();
        using var transaction = _tables.BeginWrite(connection);
        var status = error is null ? "delivered" : retryAt is null ? "failed" : "pending";
        var updated = Execute(connection, transaction, """
            UPDATE alerts SET webhook_status = @s, webhook_attempts = @n, webhook_next_ms = @next, webhook_last_error = @e,
                webhook_delivered_at = @d, webhook_worker = NULL, webhook_lease_until_ms = NULL
            WHERE id = @id AND webhook_worker = @w AND webhook_status = 'pending'
            """,
            ("@s", status), ("@n", (long)attempt), ("@next", Int64OrNull(retryAt?.ToUnixTimeMilliseconds())), ("@e", error),
            ("@d", error is null ? Timestamp(now) : null), ("@id", id), ("@w", worker));
        if (updated != 1)
        {
            return false;
        }
        Execute(connection, transaction, "INSERT INTO alert_deliveries (alert_id, attempt, at, outcome, error) VALUES (@id, @n, @at, @o, @e)",
            ("@id", id), ("@n", (long)attempt), ("@at", Timestamp(now)), ("@o", error is null ? "delivered" : "failed"), ("@e", error));
        transaction.Commit();
        return true;
    }

    private static BriefBaseline? ReadBaseline(DbConnection connection, DbTransaction? transaction) =>
        Query(connection, transaction, r => new BriefBaseline(
                Int64(r, 0), r.GetString(1), r.GetString(2),
                DateOnly.ParseExact(r.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                JsonSerializer.Deserialize<List<BriefFigure>>(r.GetString(4)) ?? [],
                ParseTimestamp(r.GetString(5))),
            "SELECT version, importer, supplier, as_of, figures, recorded_at FROM alert_baseline WHERE id = 1").FirstOrDefault();

    private static AlertRecord Read(DbDataReader r) => new(
        Int64(r, 0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), NullableString(r, 6), NullableString(r, 7),
        r.GetString(8), r.GetString(9), ParseTimestamp(r.GetString(10)), r.GetString(11), (int)Int64(r, 12), NullableString(r, 13),
        NullableString(r, 14) is { } d ? ParseTimestamp(d) : null);
}
