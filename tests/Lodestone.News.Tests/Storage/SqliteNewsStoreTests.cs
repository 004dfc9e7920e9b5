using Lodestone.Data.Storage;
using Lodestone.News.Model;
using Lodestone.News.Storage;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Lodestone.News.Tests.Storage;

/// <summary>The news-store suite on a SQLite file, plus what only SQLite files have: old files and WAL readers.</summary>
public sealed class SqliteNewsStoreTests(ITestOutputHelper output) : NewsStoreSuite(output), IDisposable
{
    private readonly TempDirectory _temp = new();
    private int _files;

    protected override StoreTarget NewTarget() => StoreTarget.Resolve(_temp.File($"news-{Interlocked.Increment(ref _files)}.db"));

    [Fact]
    public void Open_FileFromBeforeFieldEvidence_AddsTheColumnAndKeepsOldReports()
    {
        // Given a news file written by the earlier schema: event sources without the fields column, no schema_version
        var path = _temp.File("old.db");
        using (var connection = new SqliteConnection("Data Source=" + path))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE news_articles (id INTEGER PRIMARY KEY AUTOINCREMENT, location TEXT NOT NULL, url TEXT, canonical_url TEXT UNIQUE,
                    content_hash TEXT NOT NULL UNIQUE, title TEXT, published TEXT, body TEXT NOT NULL, ingested_at TEXT NOT NULL);
                CREATE TABLE news_events (id INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, date TEXT, countries TEXT NOT NULL, commodities TEXT NOT NULL,
                    topics TEXT NOT NULL, organizations TEXT NOT NULL, amount_value TEXT, amount_currency TEXT, summary TEXT NOT NULL, kb_ids TEXT NOT NULL);
                CREATE TABLE news_event_sources (event_id INTEGER NOT NULL, article_id INTEGER NOT NULL, evidence TEXT NOT NULL, PRIMARY KEY (event_id, article_id));
                INSERT INTO news_articles VALUES (1, 'old.txt', NULL, NULL, 'h', 'Old', '2024-01-02', 'Chile raised lithium royalties.', '2024-01-02T00:00:00Z');
                INSERT INTO news_events VALUES (1, 'policy', '2024-01', 'CHL', 'lithium', '', '', NULL, NULL, 'Chile raised lithium royalties.', '');
                INSERT INTO news_event_sources VALUES (1, 1, '[[0,31]]');
                """;
            command.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();

        // When
        using var store = NewsStores.Open(path);
        var old = Assert.Single(store.Events(new EventQuery()));

        // Then the old report keeps its sentence evidence and has no field spans; new ingests can write them
        Assert.Equal([0, 31], Assert.Single(Assert.Single(old.Sources).Evidence));
        Assert.Empty(old.Sources[0].Fields);
        Ingestor(store).Ingest([Article("a07_us_japan_cma.txt")]);
        Assert.Contains(store.Events(new EventQuery(Type: EventType.Agreement)), e => e.Sources[0].Fields.Count > 0);
    }

    [Fact]
    public async Task Ingest_WhileAnotherConnectionHoldsARead_Commits()
    {
        // Given a news store file and a second connection in a read transaction, as the server holds while it renders
        var path = _temp.File("read.db");
        NewsStores.Open(path).Dispose();
        await using var reader = new SqliteConnection(SqliteSettings.ConnectionString(path));
        reader.Open();
        await using var read = reader.BeginTransaction(deferred: true);
        await using (var select = reader.CreateCommand())
        {
            select.Transaction = read;
            select.CommandText = "SELECT COUNT(*) FROM news_articles";
            Assert.Equal(0L, select.ExecuteScalar());
        }

        // When an ingest runs meanwhile (with the rollback journal it failed with "database is locked")
        var report = await Task.Run(() =>
        {
            using var store = NewsStores.Open(path);
            return Ingestor(store).Ingest([Article("a07_us_japan_cma.txt"), Article("a18_eu_ukraine_mou.txt")]);
        }).WaitAsync(TimeSpan.FromSeconds(10));

        // Then both articles are stored
        Assert.Equal(2, report.ArticlesAdded);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }
}
