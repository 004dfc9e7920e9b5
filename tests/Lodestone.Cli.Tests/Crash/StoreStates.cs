using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Lodestone.Data;
using Lodestone.Data.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lodestone.Cli.Tests.Crash;

/// <summary>Whole-store snapshots as text, compared exactly: the knowledge base through the store, the news tables by SQL.</summary>
internal static class StoreStates
{
    /// <summary>Every stored fact, in insertion order, as JSON.</summary>
    public static async Task<string> KnowledgeBaseAsync(string db)
    {
        var store = await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: false, CancellationToken.None);
        var facts = await store.LoadFactsAsync();
        SqliteConnection.ClearAllPools();
        return JsonSerializer.Serialize(facts);
    }

    /// <summary>Every news table row of <paramref name="db"/> (a SQLite path or a PostgreSQL connection string), without the columns that hold the wall-clock time of a run.</summary>
    public static string News(string db) => string.Join("\n", NewsTables(db).Select(t => t.Name + ":\n" + string.Join("\n", t.Rows)));

    /// <summary>Rows of the news table <paramref name="table"/> (a name from the test, never input).</summary>
    public static long Count(string db, string table)
    {
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM " + table;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Per stored article (by content hash): how many event links and claims it has.</summary>
    public static IReadOnlyDictionary<string, (long Events, long Claims)> NewsPerArticle(string db)
    {
        var result = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        using var connection = Open(db);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.content_hash,
                   (SELECT COUNT(*) FROM news_event_sources s WHERE s.article_id = a.id),
                   (SELECT COUNT(*) FROM news_claims c WHERE c.article_id = a.id)
            FROM news_articles a
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt64(2));
        }
        return result;
    }

    /// <remarks>
    /// Ids are shown as their rank within their table (1, 2, 3 … by id), and references through the rank of the row they
    /// name: a PostgreSQL identity never hands back the values a rolled-back transaction drew, so after a kill and a re-run
    /// the same rows carry higher ids than in an unbroken run. On SQLite, whose rolled-back ids are reused, rank = id.
    /// </remarks>
    private static IEnumerable<(string Name, List<string> Rows)> NewsTables(string db)
    {
        const string ranks = """
            WITH ar AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM news_articles),
                 er AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM news_events),
                 cr AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM news_claims),
                 pr AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM news_proposals)
            """;
        (string Table, string Select)[] tables =
        [
            ("news_articles", "SELECT ar.n, location, url, canonical_url, content_hash, title, published, body FROM news_articles t JOIN ar ON ar.id = t.id"),
            ("news_events", "SELECT er.n, type, date, countries, commodities, topics, organizations, amount_value, amount_currency, summary, kb_ids FROM news_events t JOIN er ON er.id = t.id"),
            ("news_event_sources", "SELECT er.n, ar.n, evidence, fields FROM news_event_sources t JOIN er ON er.id = t.event_id JOIN ar ON ar.id = t.article_id"),
            ("news_claims", "SELECT cr.n, ar.n, speaker, text, horizon_months, due_date, start_offset, end_offset FROM news_claims t JOIN cr ON cr.id = t.id JOIN ar ON ar.id = t.article_id"),
            ("news_proposals", "SELECT pr.n, er.n, kind, status, payload FROM news_proposals t JOIN pr ON pr.id = t.id JOIN er ON er.id = t.event_id"),
            ("news_change_log", "SELECT pr.n, er.n, kind, payload, sources FROM news_change_log t JOIN pr ON pr.id = t.proposal_id JOIN er ON er.id = t.event_id"),
        ];
        using var connection = Open(db);
        foreach (var (table, select) in tables)
        {
            var rows = new List<string>();
            using var command = connection.CreateCommand();
            command.CommandText = $"{ranks} {select} ORDER BY 1, 2";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                }
                rows.Add(row.ToString());
            }
            yield return (table, rows);
        }
    }

    private static DbConnection Open(string db)
    {
        var target = StoreTarget.Resolve(db);
        DbConnection connection = target.Backend == StoreBackend.Postgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(target.Location) { Pooling = false }.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target.Location, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>True when another connection holds the write lock of the SQLite file <paramref name="path"/> (a probe's BEGIN IMMEDIATE stays busy for its one-second timeout).</summary>
    public static bool SqliteWriteLockHeld(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 1 }.ToString());
        connection.Open();
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            transaction.Rollback();
            return false;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            return true; // SQLITE_BUSY or SQLITE_LOCKED
        }
    }

    /// <summary>Copies a closed SQLite database (and its WAL, if any) to <paramref name="target"/>.</summary>
    public static void CopySqlite(string source, string target)
    {
        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target, overwrite: true);
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            File.Delete(target + suffix);
            if (File.Exists(source + suffix))
            {
                File.Copy(source + suffix, target + suffix);
            }
        }
    }
}
