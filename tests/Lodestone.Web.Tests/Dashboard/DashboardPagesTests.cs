using System.Net;
using AngleSharp.Html.Parser;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Dashboard;

public sealed class DashboardPagesTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    [Theory]
    // One case per page type, so a broken page names itself.
    [InlineData("/")]
    [InlineData("/?sort=mining&dir=desc")]
    [InlineData("/map?mineral=rare%20earths&stage=refining")]
    [InlineData("/minerals/rare%20earths")]
    [InlineData("/minerals/gallium")]
    [InlineData("/countries/CHN")]
    [InlineData("/countries/USA")]
    [InlineData("/sources")]
    [InlineData("/brief")]
    [InlineData("/exposure")]
    [InlineData("/exposure?commodity=gallium")]
    [InlineData("/simulations")]
    [InlineData("/claims?runs=100")]
    public async Task Page_Renders_WithStrictCspAndNoInlineScript(string url)
    {
        // When
        var response = await fixture.Client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        var doc = new HtmlParser().ParseDocument(html);
        Assert.All(doc.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), "inline script on " + url));
        Assert.Empty(doc.QuerySelectorAll("[style]"));
        Assert.All(doc.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task MineralPage_EveryNumberLinksToASourceThatResolves()
    {
        // Given
        var html = await fixture.Client.GetStringAsync("/minerals/rare%20earths");
        var doc = new HtmlParser().ParseDocument(html);

        // When
        var links = doc.QuerySelectorAll("a.num").Select(a => a.GetAttribute("href")!).ToList();

        // Then: every figure is a link to /sources/{id}, and each of those pages exists
        Assert.True(links.Count > 20, "expected the rare-earth page to show many figures");
        Assert.All(links, l => Assert.StartsWith("/sources/", l));
        foreach (var href in links.Distinct())
        {
            Assert.Equal(HttpStatusCode.OK, (await fixture.Client.GetAsync(href)).StatusCode);
        }
    }

    [Fact]
    public async Task MineralPage_WithoutUsgsImportSources_SaysTheyAreMissingInsteadOfAnEmptyTable()
    {
        // Given chromium: USGS net import reliance 2020-24 in the data, but no USGS import-source list
        var html = await fixture.Client.GetStringAsync("/minerals/chromium");
        var doc = new HtmlParser().ParseDocument(html);

        // Then the page says the list is missing, and no table on it has a header without a row
        // (an empty "Import sources" table read as "the United States imports no chromium")
        var trade = doc.QuerySelector("#trade")!;
        Assert.Contains("No USGS import-source list for this commodity", trade.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.QuerySelectorAll("tbody"), b => b.Children.Length == 0);
    }

    [Fact]
    public async Task MineralPage_Gallium_PriceChartsAndSourcedFigures()
    {
        // Given
        var html = await fixture.Client.GetStringAsync("/minerals/gallium");
        var doc = new HtmlParser().ParseDocument(html);

        // Then the prices section draws one chart per price series (high- and low-purity gallium) and shows the 2024
        // high-purity figure of mcs2025-galli_salient.csv (500 $/kg) linked to its source
        var section = doc.QuerySelector("section#prices");
        Assert.NotNull(section);
        Assert.Equal(2, section!.QuerySelectorAll("svg.pricechart").Length);
        Assert.Contains(section.QuerySelectorAll("a.num"), a => a.TextContent == "500" && a.GetAttribute("href")!.StartsWith("/sources/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BriefPage_ShowsTheTracedShareUnderEachStage()
    {
        // Given antimony refining, USA/CHN, data year 2024: NIR 85 % and China 55 % of U.S. imports 2021–24, no partner's feed
        // traced, so China's share of U.S. supply is at least 0.85 × 0.55 = 46.75 % and at most 100 % (as `exposure` shows)
        var doc = new HtmlParser().ParseDocument(await fixture.Client.GetStringAsync("/brief"));

        // Then the refining cell (third column) carries "traced 46.8–100.0 %" under the world share
        var row = doc.QuerySelectorAll("#brief tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "antimony");
        var refining = row.QuerySelectorAll("td")[1];
        Assert.Equal("traced 46.8–100.0 %", refining.QuerySelector("small.traced")!.TextContent);
    }

    [Fact]
    public async Task Overview_SortedByMiningDescending_SharesDoNotIncrease()
    {
        // When
        var doc = new HtmlParser().ParseDocument(await fixture.Client.GetStringAsync("/?sort=mining&dir=desc"));

        // Then: read the mining column (first data column) and check the order; missing figures come last
        var cells = doc.QuerySelectorAll("#overview tbody tr").Select(r => r.QuerySelectorAll("td")[0]).ToList();
        var shares = cells.Select(c => c.QuerySelector("a.num")?.TextContent).ToList();
        var known = shares.TakeWhile(s => s is not null).Select(s => double.Parse(s!.TrimStart('~', '>', '=').Replace(" %", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(known.Count > 5);
        Assert.All(shares.Skip(known.Count), s => Assert.Null(s));
        Assert.Equal(known.OrderByDescending(x => x), known);
    }

    [Theory]
    // Unknown things on pages are 404 pages, never a 500.
    [InlineData("/minerals/unobtainium", HttpStatusCode.NotFound)]
    [InlineData("/countries/QQQ", HttpStatusCode.NotFound)]
    [InlineData("/countries/not-a-code", HttpStatusCode.NotFound)]
    [InlineData("/sources/none", HttpStatusCode.NotFound)]
    [InlineData("/map?mineral=unobtainium", HttpStatusCode.NotFound)]
    [InlineData("/map?stage=teleportation", HttpStatusCode.BadRequest)]
    public async Task Page_UnknownSubject_ReturnsErrorPage(string url, HttpStatusCode status)
    {
        // When
        var response = await fixture.Client.GetAsync(url);

        // Then
        Assert.Equal(status, response.StatusCode);
    }
}
