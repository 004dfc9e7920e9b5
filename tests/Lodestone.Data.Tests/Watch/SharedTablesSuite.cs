using Lodestone.Data.Alerts;
using Lodestone.Data.Storage;
using Lodestone.Data.Tests.Jobs;
using Lodestone.Data.Watch;
using Lodestone.Domain.Brief;
using Xunit.Abstractions;

namespace Lodestone.Data.Tests.Watch;

/// <summary>The feed leases and the alert store (migration 0007) on every backend: claims that two callers cannot both win, and the
/// baseline's compare-and-set that keeps two comparisons from raising one alert twice.</summary>
public abstract class SharedTablesSuite(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Start = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    protected ITestOutputHelper Output { get; } = output;

    /// <summary>A fresh, empty database; where this backend is not available here the test is skipped, saying why.</summary>
    protected abstract StoreTarget NewTarget();

    private async Task<(StoreTarget Target, ManualClock Clock)> NewDatabaseAsync()
    {
        var target = NewTarget();
        var clock = new ManualClock(Start);
        await StoreMigration.MigrateAsync(target, clock, CancellationToken.None);
        return (target, clock);
    }

    [Fact]
    public async Task TryClaim_EightPollersAtOnce_ExactlyOneWinsAndTheFeedIsDueAgainOnlyAfterTheInterval()
    {
        var db = await NewDatabaseAsync();
        var (target, clock) = db;
        var feeds = new FeedLeaseStore(target, clock);
        feeds.Register(["https://example.org/feed.xml"]);

        // When eight pollers claim the feed at the same moment
        var wins = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => feeds.TryClaim("https://example.org/feed.xml", $"w{i}", Interval, Lease))));
        var winner = $"w{Array.IndexOf(wins, true)}";
        Assert.True(feeds.Finish("https://example.org/feed.xml", winner, 2, null));

        // Then one won; after its poll nobody may claim before the interval is up, and one may at the interval
        Assert.Single(wins, w => w);
        clock.Advance(Interval - TimeSpan.FromSeconds(1));
        Assert.False(feeds.TryClaim("https://example.org/feed.xml", "w0", Interval, Lease));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(feeds.TryClaim("https://example.org/feed.xml", "w1", Interval, Lease));
        var feed = Assert.Single(feeds.Feeds());
        Assert.Equal((2L, (DateTimeOffset?)Start), (feed.ArticlesAdded, feed.LastPolled));
    }

    [Fact]
    public async Task TryClaim_HolderDiedMidPoll_OthersWaitForTheLeaseThenTakeIt()
    {
        var db = await NewDatabaseAsync();
        var (target, clock) = db;
        var feeds = new FeedLeaseStore(target, clock);
        feeds.Register(["/srv/news"]);
        Assert.True(feeds.TryClaim("/srv/news", "dead", Interval, Lease));

        clock.Advance(Lease - TimeSpan.FromSeconds(1));
        var during = feeds.TryClaim("/srv/news", "w2", Interval, Lease);
        clock.Advance(TimeSpan.FromSeconds(2));
        var after = feeds.TryClaim("/srv/news", "w2", Interval, Lease);

        Assert.False(during);
        Assert.True(after);
        Assert.False(feeds.Finish("/srv/news", "dead", 5, null)); // the dead poller's late finish writes nothing
        Assert.True(feeds.Finish("/srv/news", "w2", 1, null));
        Assert.Equal(1L, Assert.Single(feeds.Feeds()).ArticlesAdded);
    }

    [Fact]
    public async Task Record_OverAMovedBaseline_WritesNothingAndSaysSo()
    {
        // Given a baseline at version 1
        var db = await NewDatabaseAsync();
        var (target, clock) = db;
        var alerts = new AlertStore(target, clock);
        var today = DateOnly.FromDateTime(Start.UtcDateTime);
        BriefBaseline Baseline(string value) => new(0, "USA", "CHN", today, [new BriefFigure("tungsten", "controls in force", value)], Start);
        Assert.NotNull(alerts.Record(null, Baseline("2"), [], "baseline", "first"));

        // When two processes compared against version 1 and both record the same change
        var change = new BriefFigureChange("tungsten", "controls in force", "2", "3");
        var first = alerts.Record(1, Baseline("3"), [change], "proposal:7", "accepted");
        var second = alerts.Record(1, Baseline("3"), [change], "proposal:7", "accepted");

        // Then the first writes one alert and version 2; the second finds the baseline moved and writes nothing
        Assert.Equal(("tungsten", "2", "3", "pending"), (Assert.Single(first!).Commodity, first![0].Old, first[0].New, first[0].WebhookStatus));
        Assert.Null(second);
        Assert.Single(alerts.Recent(10));
        Assert.Equal((2L, "3"), (alerts.Baseline()!.Version, alerts.Baseline()!.Figures[0].Value));
    }

    [Fact]
    public async Task ClaimDeliveries_TwoSendersAtOnce_EachAlertGoesToOne()
    {
        var db = await NewDatabaseAsync();
        var (target, clock) = db;
        var alerts = new AlertStore(target, clock);
        var changes = Enumerable.Range(0, 10).Select(i => new BriefFigureChange($"c{i}", "flag", "low", "high")).ToList();
        alerts.Record(null, new BriefBaseline(0, "USA", "CHN", DateOnly.FromDateTime(Start.UtcDateTime), [], Start), changes, "import:x", "import");

        var claims = await Task.WhenAll(Task.Run(() => alerts.ClaimDeliveries("a", Lease, 10)), Task.Run(() => alerts.ClaimDeliveries("b", Lease, 10)));

        Assert.Equal(10, claims.Sum(c => c.Count));
        Assert.Equal(10, claims.SelectMany(c => c).Select(a => a.Id).Distinct().Count());
        Assert.Empty(alerts.ClaimDeliveries("c", Lease, 10)); // held until the lease ends
    }

    [Fact]
    public async Task RecordAttempt_ARetryThenNoneLeft_DueOnlyAtTheRetryThenFailedWithBothTriesKept()
    {
        // Given one pending alert, claimed by sender a
        var db = await NewDatabaseAsync();
        var (target, clock) = db;
        var alerts = new AlertStore(target, clock);
        var id = Assert.Single(alerts.Record(null, new BriefBaseline(0, "USA", "CHN", DateOnly.FromDateTime(Start.UtcDateTime), [], Start),
            [new BriefFigureChange("tungsten", "controls in force", "2", "3")], "import:x", "import")!).Id;
        Assert.Single(alerts.ClaimDeliveries("a", Lease, 10));

        // When its first try fails with a retry 30 s later, it is due again then and not a second before
        Assert.True(alerts.RecordAttempt(id, "a", 1, "HTTP 503", Start + TimeSpan.FromSeconds(30)));
        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Empty(alerts.ClaimDeliveries("a", Lease, 10));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Single(alerts.ClaimDeliveries("a", Lease, 10));

        // and its second try fails with no retry left: no next time, a NULL in a BIGINT column (PostgreSQL refused it bound as text)
        Assert.True(alerts.RecordAttempt(id, "a", 2, "HTTP 503", null));

        // Then the alert has failed after two tries, both kept, and no sender takes it again however long it waits
        var alert = alerts.Find(id)!;
        Assert.Equal(("failed", 2, "HTTP 503", (DateTimeOffset?)null), (alert.WebhookStatus, alert.WebhookAttempts, alert.WebhookLastError, alert.WebhookDeliveredAt));
        Assert.Equal(["failed", "failed"], alerts.Deliveries(id).Select(d => d.Outcome));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Empty(alerts.ClaimDeliveries("b", Lease, 10));
    }
}
