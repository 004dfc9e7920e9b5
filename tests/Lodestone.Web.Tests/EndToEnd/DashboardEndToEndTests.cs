using System.Text.RegularExpressions;
using Lodestone.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Lodestone.Web.Tests.EndToEnd;

/// <summary>The dashboard in real headless Chromium: navigation, the map, phone width, keyboard, no console errors.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardEndToEndTests(BrowserFixture browser, DefaultServerFixture server)
{
    [Fact]
    public async Task Overview_ClickThroughToRareEarths_MapHighlightsChina()
    {
        // Given
        await using var s = await BrowserSession.OpenAsync(browser.Browser, server.Server.Address);

        // When: open the overview, then follow the rare earths link
        await s.Page.GotoAsync("/");
        await s.ScreenshotAsync("overview");
        await s.Page.Locator("#overview").GetByRole(AriaRole.Link, new() { Name = "rare earths", Exact = true }).ClickAsync();
        await s.ExpectUrlAsync(new Regex("/minerals/rare%20earths$"));
        await s.WaitForMapAsync();
        await s.ScreenshotAsync("mineral-rare-earths");

        // Then: China is the outlined leader in the darkest class (its mine share, 270,000 of 390,000 t REO, is above 50 %)
        var china = s.Page.Locator("svg.worldmap path[data-iso3='CHN']");
        Assert.Equal(1, await china.CountAsync());
        var classes = await china.GetAttributeAsync("class");
        Assert.Contains("leader", classes);
        Assert.Contains("b5", classes);
        Assert.True(await s.Page.Locator("svg.worldmap path.country").CountAsync() > 150, "expected the world's countries to be drawn");
        Assert.Empty(s.Errors);
    }

    [Fact]
    public async Task MapPage_ChooseMineralAndStage_DrawsAndShowsTable()
    {
        // Given
        await using var s = await BrowserSession.OpenAsync(browser.Browser, server.Server.Address);
        await s.Page.GotoAsync("/map");

        // When: choose rare earths, refining with the form
        await s.Page.SelectOptionAsync("#mineral", "rare earths");
        await s.Page.SelectOptionAsync("#stage", "refining");
        await s.Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await s.ExpectUrlAsync(new Regex(Regex.Escape("/map?mineral=rare+earths&stage=refining") + "$"));
        await s.WaitForMapAsync();
        await s.ScreenshotAsync("map-rare-earths-refining");

        // Then: IEA puts China at 91.3 % of magnet rare-earth refining in 2024
        Assert.Contains("leader", await s.Page.Locator("svg.worldmap path[data-iso3='CHN']").GetAttributeAsync("class"));
        Assert.Contains("91.3 %", await s.Page.Locator("table.bars").InnerTextAsync());
        Assert.Empty(s.Errors);
    }

    [Fact]
    public async Task CountrySourceAndBriefPages_FollowLinks_Render()
    {
        // Given
        await using var s = await BrowserSession.OpenAsync(browser.Browser, server.Server.Address);
        await s.Page.GotoAsync("/minerals/rare%20earths");
        await s.WaitForMapAsync();

        // When: follow the first producer's country, then its first sourced figure
        await s.Page.Locator("#producers tbody tr").First.GetByRole(AriaRole.Link).First.ClickAsync();
        await s.ExpectUrlAsync(new Regex("/countries/CHN$"));
        await s.ScreenshotAsync("country-china");
        await s.Page.Locator("a.num").First.ClickAsync();
        await s.ExpectUrlAsync(new Regex("/sources/.+"));
        await s.ScreenshotAsync("source");
        var addressLabel = await s.Page.Locator("dl.facts dt").Nth(3).InnerTextAsync();
        await s.Page.GetByRole(AriaRole.Link, new() { Name = "Brief", Exact = true }).ClickAsync();
        await s.ExpectUrlAsync(new Regex("/brief$"));
        await s.ScreenshotAsync("brief");

        // Then
        Assert.Equal("Address", addressLabel);
        Assert.True(await s.Page.Locator("#brief tbody tr").CountAsync() > 10);
        Assert.Empty(s.Errors);
    }

    [Theory]
    // A small phone (375 px), a larger phone (390 px) and the desktop width the brief names (1280 px).
    [InlineData(375, 812)]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task Pages_AtWidth_DoNotOverflowHorizontally(int width, int height)
    {
        // Given
        await using var s = await BrowserSession.OpenAsync(browser.Browser, server.Server.Address, width, height);

        var pages = new[]
        {
            ("/", "overview"), ("/minerals/rare%20earths", "mineral-rare-earths"), ("/countries/CHN", "country-china"),
            ("/exposure?commodity=gallium", "exposure-gallium"), ("/simulations", "simulations"), ("/claims?runs=100", "claims"),
            (await server.FinishedRunPageAsync(), "simulation-run"),
            ("/events", "events"), ("/events/" + server.News.EventOf(FixtureArticles.JapanUrl), "event"),
        };
        foreach (var (url, name) in pages)
        {
            // When
            await s.Page.GotoAsync(url);
            if (url.StartsWith("/minerals", StringComparison.Ordinal))
            {
                await s.WaitForMapAsync();
            }
            await s.ScreenshotAsync($"{name}-{width}px");

            // Then: wide tables scroll inside their own box; the page itself never scrolls sideways
            var overflow = await s.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            var culprits = overflow <= 1 ? "" : await s.Page.EvaluateAsync<string>(WidestElementsScript);
            Assert.True(overflow <= 1, $"{url} overflows by {overflow} px at {width} px: {culprits}");
        }
        Assert.Empty(s.Errors);
    }

    /// <summary>Names the elements sticking out past the viewport's right edge (outside scroll boxes), for the failure message.</summary>
    private const string WidestElementsScript = """
        Array.from(document.querySelectorAll('body *'))
          .filter(e => !e.closest('.scroll') && e.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(-5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')
        """;

    [Fact]
    public async Task Overview_Keyboard_SkipLinkThenTabToRareEarths()
    {
        // Given
        await using var s = await BrowserSession.OpenAsync(browser.Browser, server.Server.Address);
        await s.Page.GotoAsync("/");

        // When: the first Tab lands on the skip link, Enter moves focus to main; then Tab until "rare earths" and press Enter
        await s.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await s.Page.EvaluateAsync<string>("document.activeElement.textContent"));
        await s.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await s.Page.EvaluateAsync<string>("document.activeElement.id"));
        var found = false;
        for (var i = 0; i < 120 && !found; i++)
        {
            await s.Page.Keyboard.PressAsync("Tab");
            found = await s.Page.EvaluateAsync<string>("document.activeElement.textContent") == "rare earths";
        }
        Assert.True(found, "rare earths is not reachable by Tab");
        Assert.Equal("/minerals/rare%20earths", await s.Page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await s.Page.Keyboard.PressAsync("Enter");

        // Then
        await s.ExpectUrlAsync(new Regex("/minerals/rare%20earths$"));
        Assert.Empty(s.Errors);
    }
}
