using Lodestone.Data.Storage;
using static Lodestone.Data.Storage.SharedTables;

namespace Lodestone.Data.Watch;

/// <summary>Which server polls which feed when: the <c>watch_feeds</c> table (migration 0007), shared by every poller on one database.</summary>
/// <remarks>
/// A poller claims a feed that is due (not polled within the interval) and not leased, with one UPDATE whose row is chosen
/// <c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL (SQLite: one writer at a time); a second poller claiming at the same moment gets
/// nothing, so a feed is fetched once per interval whatever the number of servers. A poller that dies holding a feed stops
/// nothing for long: its lease lapses and the next claim takes the feed. Items are deduplicated by the news store itself
/// (unique canonical URL and content hash, checked under the news writers' lock), so even two fetches could not store an item twice.
/// </remarks>
public sealed class FeedLeaseStore(StoreTarget target, TimeProvider clock)
{
    private const long LockId = 0x4C4F4457; // "LODW"

    private readonly SharedTables _tables = new(target, LockId);

    /// <summary>Migrates <paramref name="target"/> (every table) and opens its feed table.</summary>
    public static async Task<FeedLeaseStore> OpenAsync(StoreTarget target, TimeProvider clock, CancellationToken cancellationToken)
    {
        await StoreMigration.MigrateAsync(target, clock, cancellationToken);
        return new FeedLeaseStore(target, clock);
    }

    /// <summary>Adds <paramref name="sources"/> that the table does not hold yet (due at once).</summary>
    public void Register(IEnumerable<string> sources)
    {
        using var connection = _tables.Open();
        using var transaction = _tables.BeginWrite(connection);
        foreach (var source in sources)
        {
            Execute(connection, transaction, "INSERT INTO watch_feeds (source, articles_added) VALUES (@s, 0) ON CONFLICT (source) DO NOTHING", ("@s", source));
        }
        transaction.Commit();
    }

    /// <summary>Claims <paramref name="source"/> for <paramref name="worker"/> until now + <paramref name="lease"/> when it was last polled
    /// <paramref name="interval"/> or more ago (or never) and nobody holds it.</summary>
    /// <returns>True when this worker now holds the feed and should poll it.</returns>
    public bool TryClaim(string source, string worker, TimeSpan interval, TimeSpan lease)
    {
        var now = clock.GetUtcNow();
        using var connection = _tables.Open();
        using var transaction = _tables.BeginClaim(connection);
        var claimed = Query(connection, transaction, r => r.GetString(0), $"""
            UPDATE watch_feeds SET worker = @w, lease_until_ms = @until
            WHERE source = (SELECT source FROM watch_feeds WHERE source = @s
                              AND (last_polled_ms IS NULL OR last_polled_ms <= @due)
                              AND (lease_until_ms IS NULL OR lease_until_ms < @now) {_tables.SkipLocked})
            RETURNING source
            """,
            ("@w", worker), ("@until", (now + lease).ToUnixTimeMilliseconds()), ("@s", source),
            ("@due", (now - interval).ToUnixTimeMilliseconds()), ("@now", now.ToUnixTimeMilliseconds()));
        transaction.Commit();
        return claimed.Count == 1;
    }

    /// <summary>Marks a poll <paramref name="worker"/> held as finished now, with the articles it added and its error; releases the lease.</summary>
    /// <returns>False when the worker no longer held the feed (its lease lapsed and another poller took it).</returns>
    public bool Finish(string source, string worker, int articlesAdded, string? error)
    {
        using var connection = _tables.Open();
        return Execute(connection, null, """
            UPDATE watch_feeds SET last_polled_ms = @now, last_error = @e, articles_added = articles_added + @n, worker = NULL, lease_until_ms = NULL
            WHERE source = @s AND worker = @w
            """,
            ("@now", clock.GetUtcNow().ToUnixTimeMilliseconds()), ("@e", error), ("@n", (long)articlesAdded), ("@s", source), ("@w", worker)) == 1;
    }

    /// <summary>Every registered feed, by source.</summary>
    public IReadOnlyList<WatchedFeed> Feeds()
    {
        using var connection = _tables.Open();
        return Query(connection, null, r => new WatchedFeed(r.GetString(0),
                r.IsDBNull(1) ? null : DateTimeOffset.FromUnixTimeMilliseconds(Int64(r, 1)), NullableString(r, 2), Int64(r, 3)),
            "SELECT source, last_polled_ms, last_error, articles_added FROM watch_feeds ORDER BY source");
    }
}
