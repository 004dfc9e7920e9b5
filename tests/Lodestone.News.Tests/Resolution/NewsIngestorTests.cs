using Lodestone.News.Extraction;
using Lodestone.News.Ingestion;
using Lodestone.News.Model;
using Lodestone.News.Resolution;
using Lodestone.News.Storage;
using Lodestone.News.Tests.Evaluation;
using Lodestone.Testing;

namespace Lodestone.News.Tests.Resolution;

public sealed class NewsIngestorTests
{
    private static readonly DateOnly SeedPublished = new(2025, 11, 7);

    private static IReadOnlyList<SourceResult> Seeds() =>
        new[] { "seed_000.txt", "seed_003.txt" }.Select(f => ArticleSources.ReadFile(Path.Combine(DevSet.Folder, "articles", f), SeedPublished)).ToList();

    private static NewsIngestor Ingestor(INewsStore store) =>
        new(new ArticleExtractor(DevSet.Gazetteers), new KnowledgeBaseMatcher(DefaultData.Dataset), store, TimeProvider.System);

    [Fact]
    public void Ingest_BothSeeds_OneSummitWithTwoSources()
    {
        // Given an empty store in a temporary SQLite file
        using var dir = new TempDirectory();
        using var store = new SqliteNewsStore(dir.File("news.db"));

        // When both seed reports are ingested
        var report = Ingestor(store).Ingest(Seeds());

        // Then the two reports of the summit merge into one event with both sources, dated by the report that fixes it,
        // about rare earths (from the report that names them), matched to the knowledge-base record C5P1-2025
        Assert.Equal(2, report.ArticlesAdded);
        var summit = Assert.Single(store.Events(new EventQuery()), e => e.Type == EventType.Summit);
        Assert.Equal(2, summit.Sources.Count);
        Assert.Equal("2025-11-06", summit.Date.ToString());
        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "USA", "UZB"], summit.Countries.Order(StringComparer.Ordinal));
        Assert.Contains("rare earths", summit.Commodities);
        Assert.Contains("C5P1-2025", summit.KnowledgeBaseIds);
        var claim = Assert.Single(store.Claims());
        Assert.Equal("2027-05", claim.DueDate.ToString());
    }

    [Fact]
    public void Ingest_SameArticlesTwice_StoresThemOnce()
    {
        using var dir = new TempDirectory();
        using var store = new SqliteNewsStore(dir.File("news.db"));
        Ingestor(store).Ingest(Seeds());

        var again = Ingestor(store).Ingest(Seeds());

        Assert.Equal(0, again.ArticlesAdded);
        Assert.Equal(2, again.Duplicates);
    }

    [Fact]
    public void Ingest_KnownAgreements_MatchKnowledgeBaseRecords()
    {
        using var dir = new TempDirectory();
        using var store = new SqliteNewsStore(dir.File("news.db"));
        Ingestor(store).Ingest(Seeds());

        var events = store.Events(new EventQuery());

        // The Abraham Accords accession and the Malaysia/Thailand MOUs are in data/agreements.csv
        Assert.Contains(events, e => e.KnowledgeBaseIds.Contains("KAZ-ABRAHAM"));
        Assert.Contains(events, e => e.KnowledgeBaseIds.Contains("USA-MYS-MOU") && e.KnowledgeBaseIds.Contains("USA-THA-MOU"));
    }

    [Fact]
    public void Decide_AcceptedProposal_IsLoggedWithItsSource()
    {
        // Given an agreement the knowledge base does not hold (Ukraine–EU raw materials MOU, July 2021)
        using var dir = new TempDirectory();
        using var store = new SqliteNewsStore(dir.File("news.db"));
        var source = ArticleSources.ReadFile(Path.Combine(DevSet.Folder, "articles", "a18_eu_ukraine_mou.txt"), null);
        var report = Ingestor(store).Ingest([source]);
        var proposal = Assert.Single(store.Proposals("pending"));

        // When accepted
        Assert.True(store.Decide(proposal.Id, accept: true, DateTimeOffset.UnixEpoch));

        // Then it leaves the pending list and the change log names the article it came from
        Assert.Equal(1, report.ProposalsAdded);
        Assert.Empty(store.Proposals("pending"));
        var change = Assert.Single(store.ChangeLog());
        Assert.Contains("a18_eu_ukraine_mou.txt", change.Sources, StringComparison.Ordinal);
        Assert.False(store.Decide(proposal.Id, accept: false, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Events_Filters_ByCommodityCountryAndDate()
    {
        using var dir = new TempDirectory();
        using var store = new SqliteNewsStore(dir.File("news.db"));
        Ingestor(store).Ingest(Seeds());

        Assert.All(store.Events(new EventQuery(Commodity: "rare earths")), e => Assert.Contains("rare earths", e.Commodities));
        Assert.All(store.Events(new EventQuery(Country: new Domain.Model.Iso3("JPN"))), e => Assert.Contains("JPN", e.Countries));
        Assert.All(store.Events(new EventQuery(Since: new DateOnly(2025, 11, 6))), e => Assert.NotNull(e.Date));
    }

    [Fact]
    public void Ingest_FailureAfterTheArticleIsStored_LeavesNothingOfItAndAReRunCompletesIt()
    {
        // Given a store that fails on the claim write, after the article with the claim and its events were written
        using var dir = new TempDirectory();
        var path = dir.File("news.db");
        using (var failing = new FailingClaimStore(new SqliteNewsStore(path)))
        {
            Assert.Throws<IOException>(() => Ingestor(failing).Ingest(Seeds()));
        }

        // When the ingest is run again on a sound store
        using var store = new SqliteNewsStore(path);
        var report = Ingestor(store).Ingest(Seeds());

        // Then the article that failed was not kept half-written (it would be skipped as already seen, its claim lost):
        // the result is that of one clean ingest, the summit with both sources and the one claim
        Assert.Equal(2, report.ArticlesAdded + report.Duplicates);
        var summit = Assert.Single(store.Events(new EventQuery()), e => e.Type == EventType.Summit);
        Assert.Equal(2, summit.Sources.Count);
        Assert.Single(store.Claims());
    }

    [Fact]
    public async Task Ingest_WhileAnotherConnectionHoldsARead_Commits()
    {
        // Given a news store file and a second connection in a read transaction, as the server holds while it renders
        using var dir = new TempDirectory();
        var path = dir.File("news.db");
        new SqliteNewsStore(path).Dispose();
        await using var reader = new Microsoft.Data.Sqlite.SqliteConnection(Lodestone.Data.Storage.SqliteSettings.ConnectionString(path));
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
            using var store = new SqliteNewsStore(path);
            return Ingestor(store).Ingest(Seeds());
        }).WaitAsync(TimeSpan.FromSeconds(10));

        // Then both articles are stored
        Assert.Equal(2, report.ArticlesAdded);
    }
}
