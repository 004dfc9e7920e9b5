using System.Text.RegularExpressions;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.EndToEnd;

/// <summary>Hostile text in the data (a country name, a source title, a javascript: URL) shows as text and runs nothing in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class XssEndToEndTests(BrowserFixture browser)
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
            // one evaluation per page: every link's href (a javascript: link would run on click; none may exist), whether the
            // payload ran, and the text shown
            var page = await s.Page.EvaluateAsync<PageCheck>(PageCheckScript);

            // Then
            Assert.DoesNotContain(page.Hrefs, href => href.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
            Assert.Equal("undefined", page.Xss);
            Assert.Contains(HostileData.Payload, page.Text);
        }
        await s.ScreenshotAsync("xss-source");
        Assert.DoesNotContain(s.Errors, e => e.StartsWith("dialog", StringComparison.Ordinal));
    }

    /// <summary>Every link's href as written, <c>typeof window.__xss</c> and the body's text, read in one evaluation.</summary>
    private const string PageCheckScript = """
        ({ Hrefs: Array.from(document.querySelectorAll('a'), a => a.getAttribute('href') ?? ''),
           Xss: typeof window.__xss, Text: document.body.innerText })
        """;

    /// <summary>What <see cref="PageCheckScript"/> returns (Playwright fills it by property, so it has a parameterless constructor).</summary>
    private sealed class PageCheck
    {
        public string[] Hrefs { get; set; } = [];

        public string Xss { get; set; } = "";

        public string Text { get; set; } = "";
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
