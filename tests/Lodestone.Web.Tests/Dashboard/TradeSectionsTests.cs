using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Dashboard;

/// <summary>The trade view and U.S. trade measures on the mineral and country pages, with figures worked by hand from the shipped
/// data files: data/trade/baci_hs17_v202601_2024_critical.csv (2024 matrix), data/trade/baci_topn_values_2002_2024.csv (series)
/// and data/us_trade_measures.csv.</summary>
public sealed class TradeSectionsTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    private async Task<IDocument> Page(string url) => new HtmlParser().ParseDocument(await fixture.Client.GetStringAsync(url));

    private static IReadOnlyList<string> FirstRow(IElement table) =>
        table.QuerySelector("tbody tr")!.Children.Select(c => c.TextContent.Trim()).ToList();

    [Fact]
    public async Task MineralPage_YearWithoutFlowsOrReserves_SaysMissingAndMarksTheLaterEstimate()
    {
        // The shipped matrix is 2024 only and the reserves are USGS MCS 2025's (as of 2024): a view of 2023 has no flows
        // (missing, never "USD 0"): 8110.10 here; and shows the 2024 reserve estimate marked as after the view's year.
        var doc = await Page("/minerals/antimony?year=2023");

        var trade = doc.QuerySelector("section#bilateral")!.TextContent;
        Assert.Contains("no flows recorded (missing, not zero)", trade, StringComparison.Ordinal);
        Assert.DoesNotContain("USD 0 in 0 flows", trade, StringComparison.Ordinal);
        Assert.Equal("Reserves (2024 (after 2023))", doc.QuerySelector("section#reserves h2")!.TextContent);

        // Kyrgyzstan: 260,000 t antimony reserves in the same edition; its trade table has no 2023 flows, shown as "—", not 0
        var country = await Page("/countries/KGZ?year=2023");
        var antimony = country.QuerySelectorAll("section#reserves li").Single(li => li.TextContent.StartsWith("antimony", StringComparison.Ordinal));
        Assert.Contains("260,000", antimony.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("(2024 (after 2023))", antimony.TextContent.Trim(), StringComparison.Ordinal);
        var firstRow = FirstRow(country.QuerySelector("section#trade table")!);
        Assert.Equal(("—", "—"), (firstRow[2], firstRow[3]));
    }

    [Fact]
    public async Task MineralPage_Antimony_ShowsUsImportsTopExportersAndChinasShare()
    {
        // Given HS 8110.10 (antimony) in 2024: 513 flows worth USD 771,752,982. U.S. imports total USD 86,115,523, the largest
        // from Thailand, USD 28,052,714 = 32.6 %, 1,516.9 t. The largest exporter is Tajikistan, USD 240,271,877 = 31.1 % of the
        // world. In the top-partner series China's recorded exports are 78.0 % of all recorded in 2002 and 11.5 % in 2024.

        // When
        var doc = await Page("/minerals/antimony");

        // Then
        var section = doc.QuerySelector("section#bilateral")!;
        var tables = section.QuerySelectorAll("table").ToList();
        var imports = tables.Single(t => t.QuerySelector("caption")!.TextContent.Contains("imports of USA", StringComparison.Ordinal));
        Assert.Contains("86,115,523", imports.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Thailand", "28,052,714", "1,516.9", "32.6 %", "18,493"], FirstRow(imports));
        var exporters = tables.Single(t => t.QuerySelector("caption")!.TextContent.StartsWith("World's top exporters", StringComparison.Ordinal));
        Assert.Equal("Tajikistan", FirstRow(exporters)[0]);
        Assert.Equal("31.1 %", FirstRow(exporters)[3]);
        var desc = section.QuerySelector("svg desc")!.TextContent;
        Assert.Contains("2002: 78.0 %", desc, StringComparison.Ordinal);
        Assert.Contains("2024: 11.5 %", desc, StringComparison.Ordinal);
        Assert.NotNull(section.QuerySelector("svg path.median"));
        Assert.Contains("No U.S. trade measures recorded.", doc.QuerySelector("section#measures")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MineralPage_Graphite_ListsItsThreeUsMeasures()
    {
        // Given us_trade_measures.csv: three rows cover graphite — the 2026 Section 301 rate (0% to 25%, scheduled), the
        // preliminary antidumping duty (93.5% (China-wide entity 102.72%)) and countervailing duty on active anode material.

        // When
        var doc = await Page("/minerals/graphite");

        // Then
        var rows = doc.QuerySelectorAll("section#measures tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r.Contains("93.5% (China-wide entity 102.72%)", StringComparison.Ordinal) && r.Contains("preliminary", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("0% to 25%", StringComparison.Ordinal) && r.Contains("scheduled", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("6.55% most producers", StringComparison.Ordinal));
        Assert.All(doc.QuerySelectorAll("section#measures tbody tr td:last-child a"), a => Assert.StartsWith("https://", a.GetAttribute("href")));
    }

    [Fact]
    public async Task CountryPage_ChinaAntimony_ShowsItsExportsShareAndChart()
    {
        // Given China's 2024 exports of HS 8110.10: USD 88,586,178 of USD 771,752,982 = 11.5 % of world exports; its share of
        // recorded exports in the series: 78.0 % in 2002, 11.5 % in 2024. Five measures in us_trade_measures.csv target CHN.

        // When
        var doc = await Page("/countries/CHN?trade=antimony");

        // Then
        var row = doc.QuerySelectorAll("section#trade > div.scroll tbody tr").Single(r => r.TextContent.Contains("HS 8110.10", StringComparison.Ordinal));
        var cells = row.Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["HS 8110.10", "antimony", "2024", "88,586,178", "11.5 %"], cells.Take(5));
        var detail = doc.QuerySelector("section#trade-detail")!;
        Assert.Contains("Antimony", detail.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        var desc = detail.QuerySelector("svg desc")!.TextContent;
        Assert.Contains("2002: 78.0 %", desc, StringComparison.Ordinal);
        Assert.Contains("2024: 11.5 %", desc, StringComparison.Ordinal);
        Assert.Equal(5, doc.QuerySelectorAll("section#measures tbody tr").Length);
    }

    [Fact]
    public async Task CountryPage_Kazakhstan_ShowsJacksonVanikStatusAndTheRepealCalls()
    {
        // Given us_trade_measures.csv: KAZ is subject to Jackson-Vanik ("no permanent normal trade relations") and named in the
        // 2025 repeal call and bill.

        // When
        var doc = await Page("/countries/KAZ");

        // Then
        var rows = doc.QuerySelectorAll("section#measures tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r.Contains("no permanent normal trade relations", StringComparison.Ordinal) && r.Contains("subject", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("bill introduced", StringComparison.Ordinal));
    }
}
