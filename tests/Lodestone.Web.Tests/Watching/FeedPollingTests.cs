using System.Threading.Channels;
using Lodestone.Data.Storage;
using Lodestone.Data.Watch;
using Lodestone.News.Ingestion;
using Lodestone.News.Storage;
using Lodestone.News.Watching;
using Lodestone.Testing;
using Lodestone.Web.Tests.Infrastructure;
using Lodestone.Web.Watching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Lodestone.Web.Tests.Watching;

/// <summary>Scheduled ingestion: a feed on a local server polled by the hosted service on a fake clock, and two pollers on one PostgreSQL.</summary>
public sealed class FeedPollingTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    private static readonly DateTimeOffset Start = new(2026, 11, 5, 8, 0, 0, TimeSpan.Zero);

    private static FeedPoller Poller(StoreTarget target, Uri feed, string worker, TimeProvider clock, UrlFetcher fetcher) =>
        new(new WatchSettings([feed.ToString()], Interval, TimeSpan.FromMinutes(5)), new FeedLeaseStore(target, clock), new ArticleSources(fetcher),
            () => DefaultData.Dataset, () => NewsStores.Connect(target), worker, clock);

    private static long Articles(StoreTarget target)
    {
        using var connection = new SharedTables(target, 0).Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM news_articles";
        return Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Service_FeedOnAFakeClock_IngestsEachNewItemOnceAndOnlyOnce()
    {
        // Given a feed of two items on a local server, and the polling service on a fake clock with a 10-minute interval
        using var dir = new TempDirectory();
        var target = StoreTarget.Resolve(dir.File("lodestone.db"));
        await NewsStores.MigrateAsync(target, CancellationToken.None);
        await using var http = await LocalHttp.StartAsync();
        http.Feed = LocalHttp.Rss(FeedItems.A, FeedItems.B);
        var clock = new FakeTimeProvider(Start);
        using var fetcher = new UrlFetcher(FetchOptions.Default);
        var poller = Poller(target, http.Url("/feed.xml"), "w1", clock, fetcher);
        var rounds = Channel.CreateUnbounded<PollRound>();
        poller.Polled += r => rounds.Writer.TryWrite(r);
        using var service = new FeedPollingService(poller, new WatchSettings([], Interval, TimeSpan.FromMinutes(5)), clock, NullLogger<FeedPollingService>.Instance);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        // When it starts: the first round polls at once
        await service.StartAsync(CancellationToken.None);
        var first = await rounds.Reader.ReadAsync(timeout.Token);

        // A third item appears; half an interval later nothing is polled, a whole interval later the feed is polled again
        http.Feed = LocalHttp.Rss(FeedItems.A, FeedItems.B, FeedItems.C);
        clock.Advance(Interval / 2);
        await Task.Delay(300, timeout.Token);
        var hitsAtHalf = http.FeedHits;
        clock.Advance(Interval / 2);
        var second = await rounds.Reader.ReadAsync(timeout.Token);
        clock.Advance(Interval);
        var third = await rounds.Reader.ReadAsync(timeout.Token);
        await service.StopAsync(CancellationToken.None);

        // Then each item was stored once: two, then the new one, then nothing; the old ones were recognised every time
        Assert.Equal((2, 0), (first.ArticlesAdded, first.Duplicates));
        Assert.Equal(1, hitsAtHalf);
        Assert.Equal((1, 2), (second.ArticlesAdded, second.Duplicates));
        Assert.Equal((0, 3), (third.ArticlesAdded, third.Duplicates));
        Assert.Equal(3, http.FeedHits);
        Assert.Equal(3, Articles(target));
        var feed = Assert.Single(new FeedLeaseStore(target, clock).Feeds());
        Assert.Equal((3L, (string?)null, (DateTimeOffset?)(Start + 2 * Interval)), (feed.ArticlesAdded, feed.LastError, feed.LastPolled));
    }

    [Fact]
    public async Task TwoPollers_OnePostgres_FetchTheFeedOncePerIntervalAndStoreEachItemOnce()
    {
        var schema = await postgres.NewSchemaOrSkipAsync();
        // Given two pollers (two servers) on one PostgreSQL database, the same feed, the same moment
        var target = new StoreTarget(StoreBackend.Postgres, schema, "test schema");
        await NewsStores.MigrateAsync(target, CancellationToken.None);
        await using var http = await LocalHttp.StartAsync();
        http.Feed = LocalHttp.Rss(FeedItems.A, FeedItems.B);
        var clock = new FakeTimeProvider(Start);
        using var fetcher = new UrlFetcher(FetchOptions.Default);
        var one = Poller(target, http.Url("/feed.xml"), "server-1", clock, fetcher);
        var two = Poller(target, http.Url("/feed.xml"), "server-2", clock, fetcher);

        // When both poll at once, three times, an interval apart, a new item appearing after the first
        var rounds = new List<PollRound>();
        for (var i = 0; i < 3; i++)
        {
            rounds.AddRange(await Task.WhenAll(Task.Run(() => one.PollOnceAsync(CancellationToken.None)), Task.Run(() => two.PollOnceAsync(CancellationToken.None))));
            http.Feed = LocalHttp.Rss(FeedItems.A, FeedItems.B, FeedItems.C);
            clock.Advance(Interval);
        }

        // Then each interval one of them fetched the feed, and the three items were stored once each
        Assert.Equal(3, rounds.Count(r => r.Polled.Count == 1));
        Assert.Equal(3, rounds.Count(r => r.Polled.Count == 0));
        Assert.Equal(3, http.FeedHits);
        Assert.Equal(3, rounds.Sum(r => r.ArticlesAdded));
        Assert.Equal(3, Articles(target));
    }

    [Fact]
    public async Task TwoIngestsOfOneFeed_OnePostgres_AtOnce_StoreEachItemOnce()
    {
        var schema = await postgres.NewSchemaOrSkipAsync();
        // Given two servers that both fetched the same three items (a lease that lapsed mid-poll, or two configurations naming one
        // feed by two URLs): the news store's unique keys and writers' lock are the last line
        var target = new StoreTarget(StoreBackend.Postgres, schema, "test schema");
        await NewsStores.MigrateAsync(target, CancellationToken.None);
        var items = FeedReader.Read("feed.xml", LocalHttp.Rss(FeedItems.A, FeedItems.B, FeedItems.C));
        var gazetteers = News.Gazetteers.NewsGazetteers.Create(DefaultData.Dataset);

        // When both ingest them at the same moment, each on its own connection
        var reports = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            using var store = NewsStores.Connect(target);
            return new News.Resolution.NewsIngestor(new News.Extraction.ArticleExtractor(gazetteers), new News.Resolution.KnowledgeBaseMatcher(DefaultData.Dataset),
                store, TimeProvider.System).Ingest([new SourceResult("feed.xml", items, null)]);
        })));

        // Then three articles were added in all, and the other three attempts were duplicates
        Assert.Equal(3, reports.Sum(r => r.ArticlesAdded));
        Assert.Equal(3, reports.Sum(r => r.Duplicates));
        Assert.Equal(3, Articles(target));
    }
}
