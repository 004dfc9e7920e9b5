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
}
