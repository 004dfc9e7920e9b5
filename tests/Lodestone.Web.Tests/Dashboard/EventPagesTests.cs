using System.Net;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Dashboard;

/// <summary>The events pages over HTTP: strict CSP, and bad input answered with a page and the right status, never a 500.</summary>
public sealed class EventPagesTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    [Theory]
    // The feed, a filtered feed, and one event.
    [InlineData("/events")]
    [InlineData("/events?type=agreement&status=&commodity=lithium&country=&since=2020-01-01&until=")]
    [InlineData("/events/{japan}")]
    public async Task Page_Renders_WithStrictCsp(string url)
    {
        // When
        var response = await fixture.Client.GetAsync(url.Replace("{japan}", fixture.News.EventOf(FixtureArticles.JapanUrl).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src 'self';", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    // Filter values the form cannot produce, typed into the address bar.
    [InlineData("/events?type=rumour", "unknown event type 'rumour'")]
    [InlineData("/events?since=2023-02-30", "since must be a date YYYY-MM-DD")]
    [InlineData("/events?country=Atlantis", "unknown country 'Atlantis'")]
    public async Task Feed_BadFilter_Answers400PageNamingTheProblem(string url, string message)
    {
        // When
        var response = await fixture.Client.GetAsync(url);

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.QuerySelector("ul.errors")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Theory]
    // Not a number, and a number no event has.
    [InlineData("/events/abc")]
    [InlineData("/events/999999")]
    public async Task Event_Unknown_Answers404Page(string url)
    {
        // When
        var response = await fixture.Client.GetAsync(url);

        // Then
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
