using System.Globalization;
using System.Text;
using System.Text.Json;
using Lodestone.Data;
using Microsoft.Data.Sqlite;

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

    /// <summary>Every news table row, without the columns that hold the wall-clock time of a run.</summary>
    public static string News(string path) => string.Join("\n", NewsTables(path).Select(t => t.Name + ":\n" + string.Join("\n", t.Rows)));

    /// <summary>Per stored article (by content hash): how many event links and claims it has.</summary>
    public static IReadOnlyDictionary<string, (long Events, long Claims)> NewsPerArticle(string path)
    {
        var result = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        using var connection = Open(path);
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

    private static IEnumerable<(string Name, List<string> Rows)> NewsTables(string path)
    {
        (string Table, string Columns)[] tables =
        [
            ("news_articles", "id, location, url, canonical_url, content_hash, title, published, body"),
            ("news_events", "id, type, date, countries, commodities, topics, organizations, amount_value, amount_currency, summary, kb_ids"),
            ("news_event_sources", "event_id, article_id, evidence, fields"),
            ("news_claims", "id, article_id, speaker, text, horizon_months, due_date, start_offset, end_offset"),
            ("news_proposals", "id, event_id, kind, status, payload"),
            ("news_change_log", "proposal_id, event_id, kind, payload, sources"),
        ];
        using var connection = Open(path);
        foreach (var (table, columns) in tables)
        {
            var rows = new List<string>();
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {columns} FROM {table} ORDER BY 1, 2";
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

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
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
