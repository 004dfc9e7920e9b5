using System.Net;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Api;

/// <summary>Writes and an absent news store, each on its own server so no other test sees the change.</summary>
public sealed class EventReviewTests
{
    private const string Key = "review-key";

    [Theory]
    // Accepting and rejecting are the two decisions of `lodestone events review`.
    [InlineData("accept", "accepted")]
    [InlineData("reject", "rejected")]
    public async Task Review_WithKey_DecidesTheProposalAndChangesTheEventStatus(string action, string status)
    {
        // Given the memorandum pending review
        using var news = NewsStoreFile.Ingest(FixtureArticles.All);
        await using var server = await RunningServer.StartAsync(KnowledgeBases.Default, Key, openNewsStore: news.Opener);
        var eventId = news.EventOf(FixtureArticles.UkraineUrl);
        var proposal = (await Problems.JsonAsync(await server.Client.GetAsync("/api/events/proposals")))[0].GetProperty("id").GetInt64();

        // When
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/events/proposals/{proposal}/{action}");
        request.Headers.Add("X-Api-Key", Key);
        var decided = await Problems.JsonAsync(await server.Client.SendAsync(request));
        using var again = new HttpRequestMessage(HttpMethod.Post, $"/api/events/proposals/{proposal}/{action}");
        again.Headers.Add("X-Api-Key", Key);
        var second = await server.Client.SendAsync(again);

        // Then
        Assert.Equal(status, decided.GetProperty("status").GetString());
        var e = await Problems.JsonAsync(await server.Client.GetAsync($"/api/events/{eventId}"));
        Assert.Equal(status, e.GetProperty("status").GetString());
        await Problems.AssertProblemAsync(second, HttpStatusCode.NotFound); // decided once: no longer pending
    }

    [Fact]
    public async Task NoNewsStore_ApiAnswers503ProblemAndPageSaysWhy()
    {
        // Given a server without a news store (what `serve --db postgres://…` gets)
        await using var server = await RunningServer.StartAsync(KnowledgeBases.Default, Key);

        // When
        var api = await server.Client.GetAsync("/api/events");
        var page = await server.Client.GetAsync("/events");

        // Then
        var problem = await Problems.AssertProblemAsync(api, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("storage-unavailable", problem.GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("Events need the SQLite news store", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
