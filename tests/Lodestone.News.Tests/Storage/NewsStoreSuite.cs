using Lodestone.Data.Storage;
using Lodestone.News.Extraction;
using Lodestone.News.Ingestion;
using Lodestone.News.Model;
using Lodestone.News.Resolution;
using Lodestone.News.Storage;
using Lodestone.News.Tests.Evaluation;
using Lodestone.News.Tests.Resolution;
using Lodestone.Testing;
using Xunit.Abstractions;

namespace Lodestone.News.Tests.Storage;

/// <summary>The one news-store suite (store and ingest): every backend passes every case. Subclasses only say where a fresh database is.</summary>
public abstract class NewsStoreSuite(ITestOutputHelper output)
{
    private static readonly DateOnly SeedPublished = new(2025, 11, 7);

    protected ITestOutputHelper Output { get; } = output;

    /// <summary>A fresh, empty, unmigrated database; where this backend is not available here the test is skipped, saying why.</summary>
    protected abstract StoreTarget NewTarget();

    private static SqlNewsStore Open(StoreTarget target) => NewsStores.OpenAsync(target, CancellationToken.None).GetAwaiter().GetResult();

    private SqlNewsStore NewStore() => Open(NewTarget());

    private static IReadOnlyList<SourceResult> Seeds() =>
        new[] { "seed_000.txt", "seed_003.txt" }.Select(f => ArticleSources.ReadFile(Path.Combine(DevSet.Folder, "articles", f), SeedPublished)).ToList();

    protected static SourceResult Article(string file) => ArticleSources.ReadFile(Path.Combine(DevSet.Folder, "articles", file), null);

    protected static NewsIngestor Ingestor(INewsStore store) =>
        new(new ArticleExtractor(DevSet.Gazetteers), new KnowledgeBaseMatcher(DefaultData.Dataset), store, TimeProvider.System);

    [Fact]
    public void Ingest_BothSeeds_OneSummitWithTwoSources()
    {
        // Given an empty store
        using var store = NewStore();

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
        using var store = NewStore();
        Ingestor(store).Ingest(Seeds());

        var again = Ingestor(store).Ingest(Seeds());

        Assert.Equal(0, again.ArticlesAdded);
        Assert.Equal(2, again.Duplicates);
    }

    [Fact]
    public void Ingest_KnownAgreements_MatchKnowledgeBaseRecords()
    {
        using var store = NewStore();
        Ingestor(store).Ingest(Seeds());

        var events = store.Events(new EventQuery());

        // The Abraham Accords accession and the Malaysia/Thailand MOUs are in data/agreements.csv
        Assert.Contains(events, e => e.KnowledgeBaseIds.Contains("KAZ-ABRAHAM"));
        Assert.Contains(events, e => e.KnowledgeBaseIds.Contains("USA-MYS-MOU") && e.KnowledgeBaseIds.Contains("USA-THA-MOU"));
    }

    [Fact]
    public void Decide_AcceptedProposal_IsLoggedWithItsSourceAndChangesTheEventStatus()
    {
        // Given an agreement the knowledge base does not hold (Ukraine–EU raw materials MOU, July 2021)
        using var store = NewStore();
        var report = Ingestor(store).Ingest([Article("a18_eu_ukraine_mou.txt")]);
        var proposal = Assert.Single(store.Proposals("pending"));

        // When accepted
        Assert.True(store.Decide(proposal.Id, accept: true, DateTimeOffset.UnixEpoch));

        // Then it leaves the pending list, its event is accepted, and the change log names the article it came from
        Assert.Equal(1, report.ProposalsAdded);
        Assert.Empty(store.Proposals("pending"));
        Assert.Equal(EventStatus.Accepted, store.Event(proposal.EventId)?.Status);
        var change = Assert.Single(store.ChangeLog());
        Assert.Equal(proposal.Id, change.ProposalId);
        Assert.Contains("a18_eu_ukraine_mou.txt", change.Sources, StringComparison.Ordinal);
        Assert.False(store.Decide(proposal.Id, accept: false, DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void Events_Filters_ByCommodityCountryAndDate()
    {
        using var store = NewStore();
        Ingestor(store).Ingest(Seeds());

        Assert.All(store.Events(new EventQuery(Commodity: "rare earths")), e => Assert.Contains("rare earths", e.Commodities));
        Assert.All(store.Events(new EventQuery(Country: new Domain.Model.Iso3("JPN"))), e => Assert.Contains("JPN", e.Countries));
        Assert.All(store.Events(new EventQuery(Since: new DateOnly(2025, 11, 6))), e => Assert.NotNull(e.Date));
    }

    [Fact]
    public void Events_FilterByTypeUntilAndStatus_SelectTheMatchingArticlesEvents()
    {
        // Given the U.S.–Japan pact (2023, in data/agreements.csv as USA-JPN-CMA) and the Ukraine–EU memorandum
        // (July 2021, not in the knowledge base, so proposed for review)
        using var store = NewStore();
        Ingestor(store).Ingest([Article("a07_us_japan_cma.txt"), Article("a18_eu_ukraine_mou.txt")]);

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
    public void Events_OfSeveralArticles_ComeDatedFirstOldestFirstThenUndated()
    {
        // Given events from the seeds (2025) and the Ukraine–EU memorandum (July 2021)
        using var store = NewStore();
        Ingestor(store).Ingest([.. Seeds(), Article("a18_eu_ukraine_mou.txt")]);

        // When
        var events = store.Events(new EventQuery());

        // Then the order is the text order of the dates (2021-07 before 2025-…), every undated event after every dated one
        var dates = events.Select(e => e.Date?.ToString()).ToList();
        var dated = dates.TakeWhile(d => d is not null).ToList();
        Assert.Equal(dated.Order(StringComparer.Ordinal), dated);
        Assert.All(dates.Skip(dated.Count), d => Assert.Null(d));
        Assert.StartsWith("2021-07", dated[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Article_AfterIngest_ReturnsTitleAndTheTextFieldEvidenceCountsInto()
    {
        // Given the U.S.–Japan pact article: "Japan and the United States signed a critical minerals agreement on Tuesday covering cobalt, ..."
        using var store = NewStore();
        Ingestor(store).Ingest([Article("a07_us_japan_cma.txt")]);

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
    public void Ingest_FailureAfterTheArticleIsStored_LeavesNothingOfItAndAReRunCompletesIt()
    {
        // Given a store that fails on the claim write, after the article with the claim and its events were written
        var target = NewTarget();
        using (var failing = new FailingClaimStore(Open(target)))
        {
            Assert.Throws<IOException>(() => Ingestor(failing).Ingest(Seeds()));
        }

        // When the ingest is run again on a sound store
        using var store = Open(target);
        var report = Ingestor(store).Ingest(Seeds());

        // Then the article that failed was not kept half-written (it would be skipped as already seen, its claim lost):
        // the result is that of one clean ingest, the summit with both sources and the one claim
        Assert.Equal(2, report.ArticlesAdded + report.Duplicates);
        var summit = Assert.Single(store.Events(new EventQuery()), e => e.Type == EventType.Summit);
        Assert.Equal(2, summit.Sources.Count);
        Assert.Single(store.Claims());
    }

    [Fact]
    public void ChangedElsewhere_AfterAnotherConnectionCommits_IsTrueOnceAndNotForOwnWrites()
    {
        // Given two stores on one database
        var target = NewTarget();
        using var mine = Open(target);
        using var other = Open(target);
        Assert.False(mine.ChangedElsewhere());

        // When this store writes, then the other one does
        Ingestor(mine).Ingest([Article("a07_us_japan_cma.txt")]);
        var ownWriteSeen = mine.ChangedElsewhere();
        Ingestor(other).Ingest([Article("a18_eu_ukraine_mou.txt")]);

        // Then only the other's commit counts, and it is reported once
        Assert.False(ownWriteSeen);
        Assert.True(mine.ChangedElsewhere());
        Assert.False(mine.ChangedElsewhere());
    }

    [Fact]
    public async Task Ingest_SameArticlesFromTwoConnectionsAtOnce_StoresEachArticleOnce()
    {
        // Given two stores on one database, as two `news ingest` processes or two servers would have
        var target = NewTarget();
        Open(target).Dispose();

        // When both ingest the same three articles at the same time
        var reports = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            using var store = Open(target);
            return Ingestor(store).Ingest([.. Seeds(), Article("a18_eu_ukraine_mou.txt")]);
        })));

        // Then writers were serialised: each article was added by exactly one of them, its events and proposal once
        Assert.Equal(3, reports.Sum(r => r.ArticlesAdded));
        Assert.Equal(3, reports.Sum(r => r.Duplicates));
        using var check = Open(target);
        Assert.Single(check.Events(new EventQuery()), e => e.Type == EventType.Summit);
        Assert.Single(check.Proposals(null));
    }
}
