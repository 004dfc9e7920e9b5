using System.Net;
using System.Text.Json;
using Lodestone.Data;
using Lodestone.Testing;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Api;

/// <summary>Writes and an absent news store, each on its own server (and database) so no other test sees the
/// change.</summary>
/// <remarks>The review cases run on SQLite and on PostgreSQL, the knowledge base and the news store in one database as
/// <c>lodestone serve --db</c> has them.</remarks>
public sealed class EventReviewTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string Key = "review-key";

    /// <summary>A fresh copy of the seeded store with <see cref="FixtureArticles.All"/> ingested, on
    /// <paramref name="kind"/>'s backend (the <c>--db</c> value and its news store); skips the test where PostgreSQL is
    /// not available here.</summary>
    private Task<SeededStore> StoreAsync(string kind, TempDirectory dir) =>
        SeededStoreTemplates.Shared.StoreAsync(kind, dir, postgres);

    /// <summary>A server whose knowledge base is <paramref name="db"/> (seeded from the shipped data), writable through
    /// the review endpoints.</summary>
    private static Task<RunningServer> ServerWithWritableStore(string db, NewsStoreFile news) =>
        RunningServer.StartAsync(ct => KnowledgeBaseOpener.OpenAsync(db, ct), Key, openNewsStore: news.Opener,
            openKnowledgeStore: async ct => await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: true, ct));

    private static HttpRequestMessage Post(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Add("X-Api-Key", Key);
        return request;
    }

    [Theory]
    // Accepting and rejecting are the two decisions of `lodestone events review`, on each backend.
    [InlineData("accept", "accepted", KnowledgeBases.Sqlite)]
    [InlineData("reject", "rejected", KnowledgeBases.Sqlite)]
    [InlineData("accept", "accepted", KnowledgeBases.Postgres)]
    [InlineData("reject", "rejected", KnowledgeBases.Postgres)]
    public async Task Review_WithKey_DecidesTheProposalAndChangesTheEventStatus(string action, string status, string kind)
    {
        // Given the memorandum pending review
        using var dir = new TempDirectory();
        using var store = await StoreAsync(kind, dir);
        var (db, news) = store;
        await using var server = await ServerWithWritableStore(db, news);
        var eventId = news.EventOf(FixtureArticles.UkraineUrl);
        var proposal = (await Problems.JsonAsync(await server.Client.GetAsync("/api/events/proposals")))[0].GetProperty("id").GetInt64();

        // When
        using var request = Post($"/api/events/proposals/{proposal}/{action}");
        var decided = await Problems.JsonAsync(await server.Client.SendAsync(request));
        using var again = Post($"/api/events/proposals/{proposal}/{action}");
        var second = await server.Client.SendAsync(again);

        // Then
        Assert.Equal(status, decided.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/events")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync($"/events/{eventId}")).StatusCode);
        var e = await Problems.JsonAsync(await server.Client.GetAsync($"/api/events/{eventId}"));
        Assert.Equal(status, e.GetProperty("status").GetString());
        var conflict = await Problems.AssertProblemAsync(second, HttpStatusCode.Conflict); // decided once: no longer pending
        Assert.Equal("conflict", conflict.GetProperty("code").GetString());
        Assert.StartsWith($"proposal {proposal} was already {status}", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KnowledgeBases.All), MemberType = typeof(KnowledgeBases))]
    public async Task Accept_TwoRequestsAtOnce_OneWritesTheRecordTheOtherIs409(string kind)
    {
        // Given the memorandum pending review
        using var dir = new TempDirectory();
        using var store = await StoreAsync(kind, dir);
        var (db, news) = store;
        await using var server = await ServerWithWritableStore(db, news);
        var proposal = (await Problems.JsonAsync(await server.Client.GetAsync("/api/events/proposals")))[0].GetProperty("id").GetInt64();

        // When two reviewers accept it at the same moment
        using var first = Post($"/api/events/proposals/{proposal}/accept");
        using var second = Post($"/api/events/proposals/{proposal}/accept");
        var responses = await Task.WhenAll(server.Client.SendAsync(first), server.Client.SendAsync(second));

        // Then one is accepted and the other is a 409 problem; the knowledge base holds the record once
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var problem = await Problems.AssertProblemAsync(responses.Single(r => r.StatusCode == HttpStatusCode.Conflict), HttpStatusCode.Conflict);
        Assert.Equal("urn:lodestone:error:conflict", problem.GetProperty("type").GetString());
        var kb = await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: false, CancellationToken.None);
        Assert.Single((await kb.LoadFactsAsync()).Agreements, a => a.Id == "NEWS-" + proposal);
    }

    [Fact]
    public async Task Accept_UnknownProposal_Is404()
    {
        using var dir = new TempDirectory();
        using var store = await StoreAsync(KnowledgeBases.Sqlite, dir);
        var (db, news) = store;
        await using var server = await ServerWithWritableStore(db, news);

        using var request = Post("/api/events/proposals/999/accept");
        var problem = await Problems.AssertProblemAsync(await server.Client.SendAsync(request), HttpStatusCode.NotFound);

        Assert.Equal("no proposal 999", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [MemberData(nameof(KnowledgeBases.All), MemberType = typeof(KnowledgeBases))]
    public async Task Accept_WritesTheAgreementIntoTheKnowledgeBaseTheMineralPageReads(string kind)
    {
        // Given the Ukraine–EU memorandum (lithium and titanium) pending review, and lithium's agreements before
        using var dir = new TempDirectory();
        using var store = await StoreAsync(kind, dir);
        var (db, news) = store;
        await using var server = await ServerWithWritableStore(db, news);
        var proposal = (await Problems.JsonAsync(await server.Client.GetAsync("/api/events/proposals")))[0].GetProperty("id").GetInt64();
        static IEnumerable<string> AgreementIds(JsonElement mineral) =>
            mineral.GetProperty("agreements").EnumerateArray().Select(a => a.GetProperty("id").GetString()!);
        var before = AgreementIds(await Problems.JsonAsync(await server.Client.GetAsync("/api/minerals/lithium"))).ToList();

        // When
        using var request = Post($"/api/events/proposals/{proposal}/accept");
        var response = await server.Client.SendAsync(request);

        // Then the record is there at once (the snapshot reloads), under the id the review gives it
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = AgreementIds(await Problems.JsonAsync(await server.Client.GetAsync("/api/minerals/lithium"))).ToList();
        Assert.DoesNotContain("NEWS-" + proposal, before);
        Assert.Equal(before.Count + 1, after.Count);
        Assert.Contains("NEWS-" + proposal, after);
    }

    [Fact]
    public async Task Accept_WithoutWritableStore_Answers503AndLeavesTheProposalPending()
    {
        using var dir = new TempDirectory();
        using var store = await StoreAsync(KnowledgeBases.Sqlite, dir);
        var news = store.News;
        await using var server = await RunningServer.StartAsync(KnowledgeBases.Default, Key, openNewsStore: news.Opener);
        var proposal = (await Problems.JsonAsync(await server.Client.GetAsync("/api/events/proposals")))[0].GetProperty("id").GetInt64();

        using var request = Post($"/api/events/proposals/{proposal}/accept");
        var response = await server.Client.SendAsync(request);

        await Problems.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Single((await Problems.JsonAsync(await server.Client.GetAsync("/api/events/proposals"))).EnumerateArray());
    }

    [Fact]
    public async Task NoNewsStore_ApiAnswers503ProblemAndPageSaysWhy()
    {
        // Given a server started without a news store (an embedding host that passes none)
        await using var server = await RunningServer.StartAsync(KnowledgeBases.Default, Key);

        // When
        var api = await server.Client.GetAsync("/api/events");
        var page = await server.Client.GetAsync("/events");

        // Then
        var problem = await Problems.AssertProblemAsync(api, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("storage-unavailable", problem.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("without a news store", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
