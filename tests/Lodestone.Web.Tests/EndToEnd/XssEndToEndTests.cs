using System.Text.RegularExpressions;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.EndToEnd;

/// <summary>Hostile text in the data (a country name, a source title, a javascript: URL) shows as text and runs nothing in a real browser.</summary>
public sealed class XssEndToEndTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task HostileData_ShowsAsText_NoScriptRuns()
    {
        // Given
        await using var server = await RunningServer.StartAsync(_ => Task.FromResult(HostileData.Create()));
        await using var s = await BrowserSession.OpenAsync(browser.Browser, server.Address);

        foreach (var url in new[] { "/", "/countries/CHN", "/minerals/rare%20earths", "/sources", "/sources/" + HostileData.SourceId })
        {
            // When
            await s.Page.GotoAsync(url);
            if (url.StartsWith("/minerals", StringComparison.Ordinal))
            {
                await s.WaitForMapAsync();
                // the map writes the hostile name into an SVG <title>; it must stay text there too
                Assert.Contains(HostileData.Payload, await s.Page.Locator("svg.worldmap path[data-iso3='CHN'] title").TextContentAsync());
            }
            foreach (var link in await s.Page.Locator("a").AllAsync())
            {
                // a javascript: link would run on click; none may exist
                Assert.False((await link.GetAttributeAsync("href") ?? "").StartsWith("javascript:", StringComparison.OrdinalIgnoreCase), url);
            }

            // Then
            Assert.Equal("undefined", await s.Page.EvaluateAsync<string>("typeof window.__xss"));
            Assert.Contains(HostileData.Payload, await s.Page.EvaluateAsync<string>("document.body.innerText"));
        }
        await s.ScreenshotAsync("xss-source");
        Assert.DoesNotContain(s.Errors, e => e.StartsWith("dialog", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HostileArticle_IngestedAndServed_ShowsAsTextNoScriptRuns()
    {
        // Given a hostile article ingested through the real NewsIngestor into a temporary SQLite news store
        using var news = NewsStoreFile.Ingest([HostileData.Article]);
        await using var server = await RunningServer.StartAsync(KnowledgeBases.Default, openNewsStore: news.Opener);
        await using var s = await BrowserSession.OpenAsync(browser.Browser, server.Address);

        // When: the feed, then the event page through its link
        await s.Page.GotoAsync("/events");
        var feed = await s.Page.EvaluateAsync<string>("document.body.innerText");
        var feedXss = await s.Page.EvaluateAsync<string>("typeof window.__xss");
        await s.Page.Locator("ol.events li a").First.ClickAsync();
        await s.ExpectUrlAsync(new Regex(@"/events/\d+$"));
        await s.ScreenshotAsync("xss-event");
        var page = await s.Page.EvaluateAsync<string>("document.body.innerText");

        // Then: nothing ran, the hostile text is on the pages as text, and no javascript: link exists
        Assert.Equal("undefined", feedXss);
        Assert.Equal("undefined", await s.Page.EvaluateAsync<string>("typeof window.__xss"));
        Assert.Contains(HostileData.ArticlePayload, feed, StringComparison.Ordinal);
        Assert.Contains(HostileData.ArticlePayload, page, StringComparison.Ordinal);
        Assert.Contains(HostileData.ArticleTitle, page, StringComparison.Ordinal);
        Assert.Contains(HostileData.ArticleUrl, page, StringComparison.Ordinal);
        Assert.Equal(0, await s.Page.Locator("a[href^='javascript:' i]").CountAsync());
        Assert.Equal(0, await s.Page.Locator("main script, main img, main svg").CountAsync());
        Assert.DoesNotContain(s.Errors, e => e.StartsWith("dialog", StringComparison.Ordinal));
    }
}
