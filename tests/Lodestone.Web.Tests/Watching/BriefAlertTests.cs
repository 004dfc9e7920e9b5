using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Lodestone.Data;
using Lodestone.Data.Alerts;
using Lodestone.News.Alerts;
using Lodestone.News.Storage;
using Lodestone.Testing;
using Lodestone.Web.Tests.Infrastructure;
using Lodestone.Web.Watching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lodestone.Web.Tests.Watching;

/// <summary>Alerts raised when an accepted proposal changes a figure of the brief, shown by the API and posted to a local webhook.</summary>
public sealed class BriefAlertTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string Key = "alert-key";
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Poll = TimeSpan.FromMinutes(1);

    /// <summary>China's export control on tungsten as a news proposal: one party (the imposer), one commodity, dated before the as-of date.</summary>
    private const string TungstenControl = """
        {"type":"export_control","date":"2026-11-20","parties":["CHN"],"commodities":["tungsten"],"amount":null,
         "summary":"China adds tungsten items to its export licence list.",
         "source":{"location":"china-tungsten.txt","url":"https://example.org/news/china-tungsten","title":"China tightens tungsten exports","published":"2026-11-21"}}
        """;

    /// <summary>A copy of the seeded store with <see cref="FixtureArticles.All"/> ingested (the Ukraine–EU memorandum
    /// pending review), on <paramref name="kind"/>'s backend.</summary>
    private Task<SeededStore> StoreAsync(string kind, TempDirectory dir) =>
        SeededStoreTemplates.Shared.StoreAsync(kind, dir, postgres);

    private static Task<RunningServer> Server(SeededStore store, FakeTimeProvider clock, LocalHttp hook) =>
        RunningServer.StartAsync(ct => KnowledgeBaseOpener.OpenAsync(store.Db, ct), Key, clock: clock,
            openNewsStore: store.News.Opener,
            openKnowledgeStore: async ct => await KnowledgeBaseOpener.OpenStoreAsync(store.Db, seedIfEmpty: true, ct),
            openAlertStore: ct => AlertStore.OpenAsync(store.News.Target, clock, ct),
            webhook: AlertWebhookSettings.Default with { Url = hook.Url("/hook"), PollInterval = Poll });

    private static async Task<HttpResponseMessage> Accept(RunningServer server, long proposal)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/events/proposals/{proposal}/accept");
        request.Headers.Add("X-Api-Key", Key);
        return await server.Client.SendAsync(request);
    }

    /// <summary>The tries of each delivery round after the first (the one at start, before any alert; the host runs it on its own
    /// thread, so it is waited for: after it the timer exists, and each advance of the clock releases exactly one round).</summary>
    private static async Task<Channel<int>> DeliveryRounds(RunningServer server)
    {
        var service = server.Services.GetRequiredService<AlertDeliveryService>();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (service.Rounds == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        var rounds = Channel.CreateUnbounded<int>();
        service.Delivered += n => rounds.Writer.TryWrite(n);
        return rounds;
    }

    /// <summary>Advances the clock one delivery interval and returns the tries of the round that releases.</summary>
    private static async Task<int> DeliveryRoundAsync(Channel<int> rounds, FakeTimeProvider clock)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        clock.Advance(Poll);
        return await rounds.Reader.ReadAsync(timeout.Token);
    }

    [Theory]
    [MemberData(nameof(KnowledgeBases.All), MemberType = typeof(KnowledgeBases))]
    public async Task Accept_ControlThatChangesABriefFigure_RaisesOneAlertAndPostsItOnce(string kind)
    {
        // Given a proposed Chinese export control on tungsten, a webhook receiver, and a server judging on 2026-12-04
        using var dir = new TempDirectory();
        using var store = await StoreAsync(kind, dir);
        long proposal;
        using (var news = NewsStores.Connect(store.News.Target))
        {
            var ukraine = store.News.EventOf(FixtureArticles.UkraineUrl);
            proposal = news.AddProposal(ukraine, "export_control", TungstenControl, Now);
        }
        await using var hook = await LocalHttp.StartAsync();
        var clock = new FakeTimeProvider(Now);
        await using var server = await Server(store, clock, hook);
        var rounds = await DeliveryRounds(server);

        // When it is accepted, and two delivery intervals pass
        var accepted = await Accept(server, proposal);
        var alerts = await Problems.JsonAsync(await server.Client.GetAsync("/api/alerts"));
        var tries = await DeliveryRoundAsync(rounds, clock);
        var later = await DeliveryRoundAsync(rounds, clock);

        // Then exactly one figure changed: tungsten's controls in force. data/export_controls.csv has two Chinese controls covering
        // tungsten that apply to the United States and are in force on 2026-12-04: CHN-2025-010-TU (licence requirement, all
        // destinations) and CHN-2024-046-MIL (all dual-use items to U.S. military end users, which covers tungsten as a dual-use item
        // from 2025-02-04). The accepted control is recorded "reported", which counts as in force: 2 → 3. Tungsten's flag already
        // says China controls exports, so it does not move.
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var alert = Assert.Single(alerts.EnumerateArray());
        Assert.Equal(("tungsten", "controls in force", "2", "3"),
            (alert.GetProperty("commodity").GetString(), alert.GetProperty("figure").GetString(), alert.GetProperty("old").GetString(), alert.GetProperty("new").GetString()));
        Assert.Equal(("USA", "CHN", "2026-12-04"), (alert.GetProperty("importer").GetString(), alert.GetProperty("supplier").GetString(), alert.GetProperty("as_of").GetString()));
        Assert.Equal($"proposal:{proposal}", alert.GetProperty("change_ref").GetString());
        // And it was posted once, as JSON naming the figure and both values
        Assert.Equal((1, 0), (tries, later));
        var post = JsonDocument.Parse(Assert.Single(hook.Posts)).RootElement;
        Assert.Equal(("tungsten", "controls in force", "2", "3", alert.GetProperty("id").GetInt64()),
            (post.GetProperty("commodity").GetString(), post.GetProperty("figure").GetString(), post.GetProperty("old").GetString(),
             post.GetProperty("new").GetString(), post.GetProperty("id").GetInt64()));
        var detail = await Problems.JsonAsync(await server.Client.GetAsync($"/api/alerts/{alert.GetProperty("id").GetInt64()}"));
        Assert.Equal(("delivered", 1), (detail.GetProperty("webhook").GetProperty("status").GetString(), detail.GetProperty("webhook").GetProperty("attempts").GetInt32()));
        // The dashboard lists it (encoded: the summary is text from the database)
        var page = await server.Client.GetStringAsync("/alerts");
        Assert.Contains("controls in force", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accept_AgreementThatLeavesTheBriefAlone_RaisesNoAlertAndPostsNothing()
    {
        // Given the Ukraine–EU memorandum pending: the United States is not a party, so no partner of the importer changes, and an
        // agreement changes no other column of the brief
        using var dir = new TempDirectory();
        using var store = await StoreAsync(KnowledgeBases.Sqlite, dir);
        long proposal;
        using (var news = NewsStores.Connect(store.News.Target))
        {
            proposal = Assert.Single(news.Proposals("pending")).Id;
        }
        await using var hook = await LocalHttp.StartAsync();
        var clock = new FakeTimeProvider(Now);
        await using var server = await Server(store, clock, hook);
        var rounds = await DeliveryRounds(server);

        // When it is accepted, and a delivery interval passes
        var accepted = await Accept(server, proposal);
        var tries = await DeliveryRoundAsync(rounds, clock);

        // Then no alert is raised and nothing is posted
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Empty((await Problems.JsonAsync(await server.Client.GetAsync("/api/alerts"))).EnumerateArray());
        Assert.Equal(0, tries);
        Assert.Empty(hook.Posts);
    }
}
