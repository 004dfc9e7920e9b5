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
/// </remarks>
internal static class SqliteTradeFlowWriter
{
    /// <summary>Below this many stored flows the key index is rebuilt after the load (a sort of at most ~2 s); above it, as when a
    /// second year is added to a full release, rows go through the index so a small import does not rebuild a large one.</summary>
    public const long DefaultRebuildIndexBelow = 2_000_000;

    private const string IndexName = "ux_trade_flows_key";

    /// <summary>Page cache for the load, in KiB (SQLite's default is 2,000). The sort that builds the key index spills runs of this
    /// size to temporary files: 64 MiB makes a handful of runs for 11 million keys instead of hundreds. Fixed, so memory stays
    /// flat in the file's size.</summary>
    private const int LoadCacheKiB = 65_536;

    public static long Write(SqliteConnection connection, SqliteTransaction transaction, IEnumerable<TradeFlow> flows, long firstSeq,
        long rebuildIndexBelow, CancellationToken cancellationToken)
    {
        var cacheSize = Convert.ToInt64(Scalar(connection, transaction, "PRAGMA cache_size"), CultureInfo.InvariantCulture);
        var threads = Convert.ToInt64(Scalar(connection, transaction, "PRAGMA threads"), CultureInfo.InvariantCulture);
        // The connection goes back to the pool afterwards: its settings are restored whatever happens.
        Execute(connection, transaction, $"PRAGMA cache_size = -{LoadCacheKiB}; PRAGMA threads = 2");
        try
        {
            var rebuild = firstSeq - 1 < rebuildIndexBelow && IndexExists(connection, transaction);
            if (rebuild)
            {
                Execute(connection, transaction, $"DROP INDEX {IndexName}");
            }
            var written = Insert(connection.Handle!, flows, firstSeq, cancellationToken);
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

    private static long Insert(sqlite3 db, IEnumerable<TradeFlow> flows, long firstSeq, CancellationToken cancellationToken)
    {
        var columns = TradeFlowTable.Columns;
        var sql = $"INSERT INTO {TradeFlowTable.Name} (seq, {string.Join(", ", columns.Select(c => c.Name))}) VALUES ("
            + string.Join(", ", Enumerable.Range(1, columns.Count + 1).Select(i => "?" + i.ToString(CultureInfo.InvariantCulture))) + ")";
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        var text = new Utf8Cache();
        using (statement)
        {
            var seq = firstSeq;
            foreach (var flow in flows)
            {
                // Positions follow TradeFlowTable.Columns: nomenclature, year, hs6, exporter, importer, value_usd, tonnes, source_id.
                raw.sqlite3_bind_int64(statement, 1, seq);
                raw.sqlite3_bind_text(statement, 2, text.Get(flow.Nomenclature ?? ""));
                raw.sqlite3_bind_int(statement, 3, flow.Year);
                raw.sqlite3_bind_text(statement, 4, text.Get(flow.Hs6));
                raw.sqlite3_bind_text(statement, 5, text.Get(flow.Exporter.Code));
                raw.sqlite3_bind_text(statement, 6, text.Get(flow.Importer.Code));
                raw.sqlite3_bind_double(statement, 7, flow.ValueUsd);
                if (flow.Tonnes is { } tonnes)
                {
                    raw.sqlite3_bind_double(statement, 8, tonnes);
                }
                else
                {
                    raw.sqlite3_bind_null(statement, 8);
                }
                raw.sqlite3_bind_text(statement, 9, text.Get(flow.SourceId));
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
