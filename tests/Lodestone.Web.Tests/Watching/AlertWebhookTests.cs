using Lodestone.Data.Alerts;
using Lodestone.Data.Storage;
using Lodestone.Domain.Brief;
using Lodestone.News.Alerts;
using Lodestone.News.Ingestion;
using Lodestone.Testing;
using Lodestone.Web.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Lodestone.Web.Tests.Watching;

/// <summary>The webhook sender: a failing webhook is tried again with a doubling wait, a bounded number of times, and every try is recorded.</summary>
/// <remarks>On SQLite and PostgreSQL: the claims and the recorded tries are the alert store's SQL on both.</remarks>
public sealed class AlertWebhookTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    private async Task<StoreTarget> TargetAsync(string kind, TempDirectory dir) =>
        kind == KnowledgeBases.Sqlite ? StoreTarget.Resolve(dir.File("lodestone.db"))
        : new StoreTarget(StoreBackend.Postgres, await postgres.NewSchemaOrSkipAsync(), "test schema");

    private static Task<(AlertStore Store, long Id)> StoreWithOneAlert(TempDirectory dir, TimeProvider clock) =>
        StoreWithOneAlert(StoreTarget.Resolve(dir.File("lodestone.db")), clock);

    private static async Task<(AlertStore Store, long Id)> StoreWithOneAlert(StoreTarget target, TimeProvider clock)
    {
        var store = await AlertStore.OpenAsync(target, clock, CancellationToken.None);
        var written = store.Record(null, new BriefBaseline(1, "USA", "CHN", DateOnly.FromDateTime(T0.UtcDateTime), [], T0),
            [new BriefFigureChange("tungsten", "controls in force", "2", "3")], "proposal:7", "news proposal 7 accepted");
        return (store, Assert.Single(written!).Id);
    }

    [Theory]
    [MemberData(nameof(KnowledgeBases.All), MemberType = typeof(KnowledgeBases))]
    public async Task Deliver_WebhookAlwaysFails_TriesThreeTimesWithDoublingWaitsThenRecordsFailed(string kind)
    {
        // Given an alert, a webhook answering 503, at most 3 tries, the first retry after 30 s
        using var dir = new TempDirectory();
        var target = await TargetAsync(kind, dir);
        var clock = new FakeTimeProvider(T0);
        var (store, id) = await StoreWithOneAlert(target, clock);
        await using var hook = await LocalHttp.StartAsync();
        hook.HookStatus = 503;
        using var fetcher = new UrlFetcher(FetchOptions.Default);
        var notifier = new AlertNotifier(store, fetcher, AlertWebhookSettings.Default with { Url = hook.Url("/hook"), MaxAttempts = 3, FirstRetry = TimeSpan.FromSeconds(30) },
            "w1", clock);

        // When rounds run at 0 s, 29 s, 30 s, 89 s, 90 s and an hour later
        var tries = new List<int>();
        foreach (var at in new[] { 0, 29, 30, 89, 90, 3600 })
        {
            clock.SetUtcNow(T0.AddSeconds(at));
            tries.Add(await notifier.DeliverDueAsync(CancellationToken.None));
        }

        // Then it was tried at 0 s, 30 s (0 + 30) and 90 s (30 + 60), never after the third failure, and each try is recorded
        Assert.Equal([1, 0, 1, 0, 1, 0], tries);
        Assert.Equal(3, hook.Posts.Count);
        var alert = store.Find(id)!;
        Assert.Equal(("failed", 3), (alert.WebhookStatus, alert.WebhookAttempts));
        Assert.EndsWith("HTTP 503", alert.WebhookLastError, StringComparison.Ordinal);
        var deliveries = store.Deliveries(id);
        Assert.Equal([1, 2, 3], deliveries.Select(d => d.Attempt));
        Assert.Equal([T0, T0.AddSeconds(30), T0.AddSeconds(90)], deliveries.Select(d => d.At));
        Assert.All(deliveries, d => Assert.Equal("failed", d.Outcome));
    }

    [Fact]
    public async Task Deliver_WebhookFailsOnceThenAnswers_IsDeliveredOnTheSecondTry()
    {
        using var dir = new TempDirectory();
        var clock = new FakeTimeProvider(T0);
        var (store, id) = await StoreWithOneAlert(dir, clock);
        await using var hook = await LocalHttp.StartAsync();
        hook.HookStatus = 500;
        using var fetcher = new UrlFetcher(FetchOptions.Default);
        var notifier = new AlertNotifier(store, fetcher, AlertWebhookSettings.Default with { Url = hook.Url("/hook") }, "w1", clock);

        await notifier.DeliverDueAsync(CancellationToken.None);
        hook.HookStatus = 204;
        clock.Advance(AlertWebhookSettings.Default.FirstRetry);
        await notifier.DeliverDueAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(1));
        await notifier.DeliverDueAsync(CancellationToken.None);

        var alert = store.Find(id)!;
        Assert.Equal(("delivered", 2, (DateTimeOffset?)(T0 + AlertWebhookSettings.Default.FirstRetry)), (alert.WebhookStatus, alert.WebhookAttempts, alert.WebhookDeliveredAt));
        Assert.Equal(["failed", "delivered"], store.Deliveries(id).Select(d => d.Outcome));
        Assert.Equal(2, hook.Posts.Count);
    }

    [Fact]
    public async Task Deliver_WebhookOnAPrivateAddress_IsRefusedByTheAddressPolicyAndRecorded()
    {
        // Given a webhook on 10.0.0.1 (a private range): the fetcher's policy refuses it before any connection
        using var dir = new TempDirectory();
        var clock = new FakeTimeProvider(T0);
        var (store, id) = await StoreWithOneAlert(dir, clock);
        using var fetcher = new UrlFetcher(FetchOptions.Default with { Timeout = TimeSpan.FromSeconds(5) });
        var notifier = new AlertNotifier(store, fetcher, AlertWebhookSettings.Default with { Url = new Uri("http://10.0.0.1:9/hook") }, "w1", clock);

        await notifier.DeliverDueAsync(CancellationToken.None);

        var alert = store.Find(id)!;
        Assert.Equal(("pending", 1), (alert.WebhookStatus, alert.WebhookAttempts));
        Assert.Contains("private network address", alert.WebhookLastError, StringComparison.Ordinal);
    }
}
