using System.Net;
using System.Text.Json;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Api;

/// <summary><c>/api/events</c> over real Kestrel and a news store filled from <see cref="FixtureArticles"/> by the real ingestor.</summary>
public sealed class EventEndpointsTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    private async Task<JsonElement> ListAsync(string query = "") => await Problems.JsonAsync(await fixture.Client.GetAsync("/api/events" + query));

    private static List<string?> Strings(JsonElement items, string property) =>
        items.EnumerateArray().Select(e => e.GetProperty(property).ValueKind == JsonValueKind.Null ? null : e.GetProperty(property).GetString()).ToList();

    [Fact]
    public async Task List_NoFilter_ReturnsEveryEventNewestFirst()
    {
        // When
        var page = await ListAsync();

        // Then: gallium controls (2023-07-03), the U.S.–Japan pact (2023-03-28), the Ukraine–EU memorandum (2021-07-13)
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(["2023-07-03", "2023-03-28", "2021-07-13"], Strings(page.GetProperty("items"), "date"));
        Assert.Equal(["export_control", "agreement", "agreement"], Strings(page.GetProperty("items"), "type"));
    }

    [Theory]
    // A symbol resolves like the CLI's --commodity (Ga → gallium); lithium is named by two articles.
    [InlineData("?commodity=Ga", new[] { "2023-07-03" })]
    [InlineData("?commodity=lithium", new[] { "2023-03-28", "2021-07-13" })]
    // A country by name and by code.
    [InlineData("?country=Japan", new[] { "2023-03-28" })]
    [InlineData("?country=ukr", new[] { "2021-07-13" })]
    // Type with a date window: since and until bound the event's date, both inclusive.
    [InlineData("?type=agreement&since=2022-01-01", new[] { "2023-03-28" })]
    [InlineData("?until=2023-03-28", new[] { "2023-03-28", "2021-07-13" })]
    [InlineData("?since=2023-07-03&until=2023-07-03", new[] { "2023-07-03" })]
    // Status: the memorandum is not in the knowledge base (pending review); the others match records.
    [InlineData("?status=pending", new[] { "2021-07-13" })]
    [InlineData("?status=linked", new[] { "2023-07-03", "2023-03-28" })]
    // Empty values (what an HTML form sends) do not filter.
    [InlineData("?commodity=&country=&type=&status=", new[] { "2023-07-03", "2023-03-28", "2021-07-13" })]
    public async Task List_Filter_ReturnsOnlyMatchingEvents(string query, string[] dates)
    {
        // When
        var page = await ListAsync(query);

        // Then
        Assert.Equal(dates, Strings(page.GetProperty("items"), "date"));
        Assert.Equal(dates.Length, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task List_SecondPageOfTwo_HoldsTheOldestEvent()
    {
        // When
        var page = await ListAsync("?page=2&page_size=2");

        // Then
        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        var only = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Contains("Ukraine and the European Union signed", only.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    // One bad value per filter: each is named in the problem's errors.
    [InlineData("commodity=unobtainium", "commodity")]
    [InlineData("country=Atlantis", "country")]
    [InlineData("type=rumour", "type")]
    [InlineData("status=maybe", "status")]
    [InlineData("since=2023-13-01", "since")]
    [InlineData("until=yesterday", "until")]
    // A window that ends before it starts.
    [InlineData("since=2024-01-01&until=2023-01-01", "until")]
    [InlineData("page_size=0", "page_size")]
    public async Task List_BadFilterValue_Returns400ProblemNamingIt(string query, string parameter)
    {
        // When
        var response = await fixture.Client.GetAsync("/api/events?" + query);

        // Then
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("urn:lodestone:error:bad-arguments", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors does not name {parameter}");
    }

    [Fact]
    public async Task Get_KnownId_ReturnsTheCliShapeWithFieldEvidenceIntoTheArticle()
    {
        // Given
        var id = fixture.News.EventOf(FixtureArticles.JapanUrl);

        // When
        var e = await Problems.JsonAsync(await fixture.Client.GetAsync($"/api/events/{id}"));

        // Then: the fields of `lodestone events --format json`, snake_case
        Assert.Equal(
            ["id", "type", "date", "status", "countries", "commodities", "topics", "organizations", "amount", "amount_usd", "summary", "knowledge_base", "sources"],
            e.EnumerateObject().Select(p => p.Name));
        Assert.Equal("agreement", e.GetProperty("type").GetString());
        Assert.Equal("linked", e.GetProperty("status").GetString());
        Assert.Equal(["JPN", "USA"], e.GetProperty("countries").EnumerateArray().Select(c => c.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["cobalt", "graphite", "lithium", "manganese", "nickel"], e.GetProperty("commodities").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("USA-JPN-CMA", e.GetProperty("knowledge_base").EnumerateArray().Select(k => k.GetString()));
        var source = Assert.Single(e.GetProperty("sources").EnumerateArray());
        Assert.Equal(FixtureArticles.JapanUrl, source.GetProperty("url").GetString());
        Assert.Equal("2023-03-29", source.GetProperty("published").GetString());
        // every field span reads, in the fixture's own text, the words it stands for
        var text = FixtureArticles.Japan.Text;
        var spans = source.GetProperty("field_evidence").EnumerateArray()
            .ToDictionary(f => f.GetProperty("field").GetString() + ":" + f.GetProperty("value").GetString(), f => text[f.GetProperty("start").GetInt32()..f.GetProperty("end").GetInt32()]);
        Assert.Equal("Japan", spans["country:JPN"]);
        Assert.Equal("United States", spans["country:USA"]);
        Assert.Equal("manganese", spans["commodity:manganese"]);
        var sentence = source.GetProperty("evidence")[0];
        Assert.Equal(FixtureArticles.JapanSentence, text[sentence[0].GetInt32()..sentence[1].GetInt32()]);
    }

    [Fact]
    public async Task Get_UnknownId_Returns404Problem()
    {
        // When
        var response = await fixture.Client.GetAsync("/api/events/999999");

        // Then
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("not-found", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Proposals_Default_ListsThePendingMemorandum()
    {
        // When
        var proposals = await Problems.JsonAsync(await fixture.Client.GetAsync("/api/events/proposals"));

        // Then
        var proposal = Assert.Single(proposals.EnumerateArray());
        Assert.Equal("agreement", proposal.GetProperty("kind").GetString());
        Assert.Equal(fixture.News.EventOf(FixtureArticles.UkraineUrl), proposal.GetProperty("event_id").GetInt64());
    }

    [Fact]
    public async Task Review_WithoutKey_Returns401ProblemAndChangesNothing()
    {
        // Given
        var proposal = (await Problems.JsonAsync(await fixture.Client.GetAsync("/api/events/proposals")))[0].GetProperty("id").GetInt64();

        // When
        var response = await fixture.Client.PostAsync($"/api/events/proposals/{proposal}/accept", null);

        // Then
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("unauthorized", problem.GetProperty("code").GetString());
        Assert.Equal(1, (await ListAsync("?status=pending")).GetProperty("total").GetInt32());
    }
}
