using Lodestone.News.Extraction;
using Lodestone.News.Ingestion;
using Lodestone.News.Model;
using Lodestone.News.Resolution;
using Lodestone.News.Storage;
using Lodestone.News.Tests.Evaluation;
using Lodestone.Testing;
using Microsoft.Data.Sqlite;

namespace Lodestone.News.Tests.Storage;

public sealed class SqliteNewsStoreTests
{
    private static SourceResult Article(string file) => ArticleSources.ReadFile(Path.Combine(DevSet.Folder, "articles", file), null);

    private static void Ingest(INewsStore store, params string[] files) =>
        new NewsIngestor(new ArticleExtractor(DevSet.Gazetteers), new KnowledgeBaseMatcher(DefaultData.Dataset), store, TimeProvider.System)
            .Ingest(files.Select(Article).ToList());

    [Fact]
    public void Article_AfterIngest_ReturnsTitleAndTheTextFieldEvidenceCountsInto()
    {
        // Given the U.S.–Japan pact article: "Japan and the United States signed a critical minerals agreement on Tuesday covering cobalt, ..."
        using var dir = new TempDirectory();
        using var store = new SqliteNewsStore(dir.File("news.db"));
        Ingest(store, "a07_us_japan_cma.txt");

        // When
        var agreement = Assert.Single(store.Events(new EventQuery(Type: EventType.Agreement)));
        var source = Assert.Single(agreement.Sources);
        var article = store.Article(source.ArticleId);

        // Then the article comes back with its title, and every field span reads the words of the sentence
        Assert.NotNull(article);
        Assert.Equal("Japan and U.S. sign critical minerals pact", article.Title);
        var sentence = article.Text[source.Evidence[0][0]..source.Evidence[0][1]];
        Assert.StartsWith("Japan and the United States signed a critical minerals agreement", sentence, StringComparison.Ordinal);
        string Read(string field, string value) => source.Fields.Single(f => f.Field == field && f.Value == value) is var f ? article.Text[f.Start..f.End] : "";
        Assert.Equal("Japan", Read("country", "JPN"));
        Assert.Equal("United States", Read("country", "USA"));
        Assert.Equal("cobalt", Read("commodity", "cobalt"));
        Assert.Null(store.Article(source.ArticleId + 100));
    }

    [Fact]
    public void Events_FilterByTypeUntilAndStatus_SelectTheMatchingArticlesEvents()
    {
        // Given the U.S.–Japan pact (2023, in data/agreements.csv as USA-JPN-CMA) and the Ukraine–EU memorandum
        // (July 2021, not in the knowledge base, so proposed for review)
        using var dir = new TempDirectory();
        using var store = new SqliteNewsStore(dir.File("news.db"));
        Ingest(store, "a07_us_japan_cma.txt", "a18_eu_ukraine_mou.txt");

        // When
        var agreements = store.Events(new EventQuery(Type: EventType.Agreement));
        var pending = store.Events(new EventQuery(Status: EventStatus.Pending));
        var linked = store.Events(new EventQuery(Status: EventStatus.Linked));
        var before2022 = store.Events(new EventQuery(Until: new DateOnly(2021, 12, 31)));

        // Then
        Assert.Equal(2, agreements.Count);
        Assert.Contains("UKR", Assert.Single(pending).Countries);
        Assert.Contains("USA-JPN-CMA", Assert.Single(linked).KnowledgeBaseIds);
        Assert.All(before2022, e => Assert.Contains("UKR", e.Countries));
        Assert.NotEmpty(before2022);
    }

    [Fact]
    public void Decide_Accept_ChangesTheEventStatus()
    {
        // Given the Ukraine–EU memorandum, pending review
        using var dir = new TempDirectory();
        using var store = new SqliteNewsStore(dir.File("news.db"));
        Ingest(store, "a18_eu_ukraine_mou.txt");
        var proposal = Assert.Single(store.Proposals("pending"));

        // When
        store.Decide(proposal.Id, accept: true, DateTimeOffset.UnixEpoch);

        // Then
        Assert.Equal(EventStatus.Accepted, store.Event(proposal.EventId)?.Status);
    }

    [Fact]
    public void Open_FileFromBeforeFieldEvidence_AddsTheColumnAndKeepsOldReports()
    {
        // Given a news file written by the earlier schema: event sources without the fields column
        using var dir = new TempDirectory();
        var path = dir.File("old.db");
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
        using var store = new SqliteNewsStore(path);
        var old = Assert.Single(store.Events(new EventQuery()));

        // Then the old report keeps its sentence evidence and has no field spans; new ingests can write them
        Assert.Equal([0, 31], Assert.Single(Assert.Single(old.Sources).Evidence));
        Assert.Empty(old.Sources[0].Fields);
        Ingest(store, "a07_us_japan_cma.txt");
        Assert.Contains(store.Events(new EventQuery(Type: EventType.Agreement)), e => e.Sources[0].Fields.Count > 0);
    }
}
