using System.Globalization;
using Lodestone.Domain.Trade;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Lodestone.Data.Storage;

/// <summary>Streams trade flows into SQLite's <c>trade_flows</c> inside the caller's transaction, at bulk-load speed.</summary>
/// <remarks>
/// <para>A full BACI year is ~11 million rows. Through ADO.NET each row cost a parameter lookup by name per column, a boxed
/// value per column and an incremental insert into the five-column text index in random key order. Here the statement is
/// bound by position through SQLitePCLRaw (the library under Microsoft.Data.Sqlite, on the same connection and transaction),
/// and when the table is small the unique key index is dropped for the load and built once at the end from a sort, which
/// is how SQLite builds an index fastest. The index is part of the transaction: a failed load rolls back to the old index.</para>
/// <para>A duplicate key is still reported with the flow's key: found by the insert when the index stays, or by a
/// window query for the first repeated key in insertion order when the index is rebuilt.</para>
/// <para>An import (<c>data import-baci</c>) replaces the stored flows of each nomenclature and year it holds: a DELETE over the
/// rows numbered before the load (a rowid range) runs just before the first flow of that year is inserted, so the deleted and
/// the new rows are one transaction and the index, kept or rebuilt, only ever sees the new ones.</para>
/// </remarks>
internal static class SqliteTradeFlowWriter
{
    /// <summary>Below this many stored flows the key index is rebuilt after the load (a sort of at most ~2 s); above it, as when a
    /// second year is added to a full release, rows go through the index so a small import does not rebuild a large one, unless
    /// the import replaces a year large beside what stays (<see cref="RebuildWhenKeptPerReplacedBelow"/>).</summary>
    public const long DefaultRebuildIndexBelow = 2_000_000;

    /// <summary>An import that replaces a year rebuilds the key index, whatever the table's size, when that year's stored flows
    /// times this reach the flows that stay. Keeping the index costs an index delete per replaced flow and an insert per new one,
    /// at random places of the index; rebuilding costs one sort of every flow left after the load. Measured with the sqlite3 CLI
    /// (2026-12-05, load ~20-27, so CPU only): 2 M flows kept, 1 M replaced by 1 M in BACI's row order, 7.6 s CPU keeping the
    /// index against 5.4 s rebuilding it, i.e. maintenance ~3.6 µs a row against ~1.1 µs a row sorted: rebuilding wins up to
    /// about 5 kept flows per replaced one; 4 leaves a margin.</summary>
    public const int RebuildWhenKeptPerReplacedBelow = 4;

    private const string IndexName = "ux_trade_flows_key";

    /// <summary>Page cache for the load, in KiB (SQLite's default is 2,000). The sort that builds the key index spills runs of this
    /// size to temporary files: 64 MiB makes a handful of runs for 11 million keys instead of hundreds. Fixed, so memory stays
    /// flat in the file's size.</summary>
    private const int LoadCacheKiB = 65_536;

    private static readonly string InsertSql = $"INSERT INTO {TradeFlowTable.Name} (seq, {string.Join(", ", TradeFlowTable.Columns.Select(c => c.Name))}) VALUES ("
        + string.Join(", ", Enumerable.Range(1, TradeFlowTable.Columns.Count + 1).Select(i => "?" + i.ToString(CultureInfo.InvariantCulture))) + ")";

    /// <param name="replaced">When given, each (nomenclature, year) of <paramref name="flows"/> first deletes the stored flows of it
    /// (numbered before <paramref name="firstSeq"/>) and the count is added here; when null, flows are only added.</param>
    public static long Write(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<TradeFlow> flows, long firstSeq,
        long rebuildIndexBelow, ICollection<ReplacedTradeFlows>? replaced, CancellationToken cancellationToken)
    {
        var cacheSize = Convert.ToInt64(Scalar(connection, transaction, "PRAGMA cache_size"), CultureInfo.InvariantCulture);
        var threads = Convert.ToInt64(Scalar(connection, transaction, "PRAGMA threads"), CultureInfo.InvariantCulture);
        // The connection goes back to the pool afterwards: its settings are restored whatever happens.
        Execute(connection, transaction, $"PRAGMA cache_size = -{LoadCacheKiB}; PRAGMA threads = 2");
        try
        {
            using var years = new TradeFlowYears(flows);
            // The flows that stay beside the load decide: the stored ones, less those the first year replaces (a full release's
            // year imported again into a store holding only it rebuilds the index by one sort, as a first import does).
            var rebuild = IndexExists(connection, transaction) && RebuildIndex(firstSeq - 1,
                replaced is not null && years.Next is { } first ? Counts(connection, transaction, first) : null, rebuildIndexBelow);
            if (rebuild)
            {
                Execute(connection, transaction, $"DROP INDEX {IndexName}");
            }
            var db = connection.Handle!;
            Check(db, raw.sqlite3_prepare_v2(db, InsertSql, out var statement));
            var written = 0L;
            using (statement)
            {
                while (years.Next is { } key)
                {
                    if (replaced is not null)
                    {
                        replaced.Add(new ReplacedTradeFlows(key.Nomenclature, key.Year, Delete(connection, transaction, key, firstSeq)));
                    }
                    written += Insert(db, statement, years.Segment(), firstSeq + written, cancellationToken);
                }
            }
            if (rebuild)
            {
                var create = $"CREATE UNIQUE INDEX {IndexName} ON {TradeFlowTable.Name} ({string.Join(", ", TradeFlowTable.KeyColumns)})";
                try
                {
                    Execute(connection, transaction, create);
                }
                catch (SqliteException e) when (e.SqliteErrorCode == raw.SQLITE_CONSTRAINT)
                {
                    throw new DuplicateTradeFlowException(FirstDuplicate(connection, transaction));
                }
            }
            return written;
        }
        finally
        {
            Execute(connection, transaction,
                string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {cacheSize}; PRAGMA threads = {threads}"));
        }
    }

    /// <summary>Deletes the stored flows of one nomenclature and year (those before this load's first seq: a rowid range).</summary>
    private static long Delete(SqliteConnection connection, SqliteTransaction transaction, (string Nomenclature, int Year) key, long firstSeq)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"DELETE FROM {TradeFlowTable.Name} WHERE seq < $first AND nomenclature = $nomenclature AND year = $year";
        command.Parameters.AddWithValue("$first", firstSeq);
        command.Parameters.AddWithValue("$nomenclature", key.Nomenclature);
        command.Parameters.AddWithValue("$year", key.Year);
        return command.ExecuteNonQuery();
    }

    /// <summary>Whether the load drops the key index and builds it again by one sort at the end.</summary>
    /// <param name="stored">Flows stored before the load (the highest seq).</param>
    /// <param name="replacing">When the load replaces a year: the stored flows that stay and those of that year it deletes.</param>
    /// <param name="rebuildIndexBelow">A table this small is always rebuilt; 0 keeps the index whatever happens (tests).</param>
    internal static bool RebuildIndex(long stored, (long Kept, long Replaced)? replacing, long rebuildIndexBelow) =>
        stored < rebuildIndexBelow || replacing is { } r
            && (r.Kept < rebuildIndexBelow || rebuildIndexBelow > 0 && r.Replaced * RebuildWhenKeptPerReplacedBelow >= r.Kept);

    /// <summary>Stored flows not of <paramref name="key"/>'s nomenclature and year (those that stay when that year is replaced),
    /// and those of it.</summary>
    private static (long Kept, long Replaced) Counts(SqliteConnection connection, SqliteTransaction transaction, (string Nomenclature, int Year) key)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COUNT(*), COALESCE(SUM(nomenclature = $nomenclature AND year = $year), 0) FROM {TradeFlowTable.Name}";
        command.Parameters.AddWithValue("$nomenclature", key.Nomenclature);
        command.Parameters.AddWithValue("$year", key.Year);
        using var reader = command.ExecuteReader();
        reader.Read();
        var replaced = reader.GetInt64(1);
        return (reader.GetInt64(0) - replaced, replaced);
    }

    private static long Insert(sqlite3 db, sqlite3_stmt statement, IEnumerable<TradeFlow> flows, long firstSeq, CancellationToken cancellationToken)
    {
        var text = new Utf8Cache();
        var bound = new BoundText(text, statement);
        var seq = firstSeq;
        var year = (int?)null;
        foreach (var flow in flows)
        {
            // Positions follow TradeFlowTable.Columns: nomenclature, year, hs6, exporter, importer, value_usd, tonnes, source_id.
            // sqlite3_reset keeps the bindings, so a column is bound again only when its value changes: the reader hands the
            // same string instance for a repeated code (one per HS code, country, revision and source), and a file is one year.
            raw.sqlite3_bind_int64(statement, 1, seq);
            bound.Bind(2, flow.Nomenclature ?? "");
            if (year != flow.Year)
            {
                raw.sqlite3_bind_int(statement, 3, flow.Year);
                year = flow.Year;
            }
            bound.Bind(4, flow.Hs6);
            bound.Bind(5, flow.Exporter.Code);
            bound.Bind(6, flow.Importer.Code);
            raw.sqlite3_bind_double(statement, 7, flow.ValueUsd);
            if (flow.Tonnes is { } tonnes)
            {
                raw.sqlite3_bind_double(statement, 8, tonnes);
            }
            else
            {
                raw.sqlite3_bind_null(statement, 8);
            }
            bound.Bind(9, flow.SourceId);
            var step = raw.sqlite3_step(statement);
            if (step != raw.SQLITE_DONE)
            {
                var extended = raw.sqlite3_extended_errcode(db);
                raw.sqlite3_reset(statement);
                if (extended is 2067 or 1555)
                {
                    throw new DuplicateTradeFlowException(TradeFlowTable.Describe(flow));
                }
                throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), step, extended);
            }
            raw.sqlite3_reset(statement);
            if ((++seq & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        return seq - firstSeq;
    }

    /// <summary>The key of the first row (in insertion order) that repeats an earlier one: what the insert would have stopped at.</summary>
    private static string FirstDuplicate(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var key = string.Join(", ", TradeFlowTable.KeyColumns);
        command.CommandText = $"SELECT {key} FROM (SELECT seq, {key}, ROW_NUMBER() OVER (PARTITION BY {key} ORDER BY seq) AS n "
            + $"FROM {TradeFlowTable.Name}) WHERE n = 2 ORDER BY seq LIMIT 1";
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? TradeFlowTable.Describe(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3), reader.GetString(4))
            : "(not found)";
    }

    private static bool IndexExists(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = '{IndexName}'";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 1;
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Check(sqlite3 db, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result, raw.sqlite3_extended_errcode(db));
        }
    }
}
