using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Lodestone.Testing;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Dashboard;

public sealed class AnalysisPagesTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    [Fact]
    public async Task ExposurePage_Gallium_EveryNumberLinksToASourceOrTheSourcesList()
    {
        // Given
        var doc = new HtmlParser().ParseDocument(await fixture.Client.GetStringAsync("/exposure?commodity=gallium"));

        // When
        var links = doc.QuerySelectorAll("a.num").Select(a => a.GetAttribute("href")!).ToList();

        // Then: data/processing_shares.csv puts China at 98.7 % of gallium refining; every figure leads to a source
        Assert.Contains("98.7 %", doc.QuerySelector("#exposure")!.TextContent);
        Assert.NotEmpty(doc.QuerySelectorAll("table.paths tbody tr"));
        Assert.All(links, l => Assert.True(l.StartsWith("/sources/", StringComparison.Ordinal) || l == "#exposure-sources", l));
        Assert.NotNull(doc.GetElementById("exposure-sources"));
        foreach (var source in links.Where(l => l.StartsWith('/')).Distinct())
        {
            Assert.Equal(HttpStatusCode.OK, (await fixture.Client.GetAsync(source)).StatusCode);
        }
    }

    [Theory]
    // Japan's cobalt: a bound from the mass balance at the refining stage; U.S. lithium: a bound from the NIR (>50 %);
    // Japan's beryllium: exact (p = 0); Japan's gallium: insufficient_data (8112.92 is a bundle)
    [InlineData("JPN", "cobalt")]
    [InlineData("USA", "lithium")]
    [InlineData("JPN", "beryllium")]
    [InlineData("JPN", "gallium")]
    public async Task ExposurePage_OneMineral_ShowsTheGeoPolRiskTheApiGives(string importer, string commodity)
    {
        // Given the API's answer for the same importer and mineral
        var api = System.Text.Json.Nodes.JsonNode.Parse(await fixture.Client.GetStringAsync(
            $"/api/risk?method=geopolrisk&commodity={commodity}&importer={importer}"))!["assessments"]![0]!["result"]!;

        // When
        var doc = new HtmlParser().ParseDocument(await fixture.Client.GetStringAsync(
            $"/exposure?importer={importer}&commodity={commodity}"));

        // Then the page shows the status and the figure (or interval) the API gives, as lodestone risk writes it
        var section = doc.GetElementById("geopolrisk")!.NextElementSibling!.TextContent;
        static string N(System.Text.Json.Nodes.JsonNode? n) =>
            n!.GetValue<double>().ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
        var status = api["status"]!.GetValue<string>();
        var expected = status switch
        {
            "ok" => N(api["value"]),
            "bounded" => $"[{N(api["lower"])}, {N(api["upper"])}]",
            _ => "—",
        };
        Assert.Contains(status + " " + expected, section, StringComparison.Ordinal);
        Assert.Contains(api["reason"]?.GetValue<string>() ?? status, section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExposurePage_UnknownCommodity_Returns404Page()
    {
        // When
        var response = await fixture.Client.GetAsync("/exposure?commodity=unobtainium");

        // Then
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ClaimsPage_ShowsTheClaimWithVerdictsHorizonAndSource()
    {
        // When
        var doc = new HtmlParser().ParseDocument(await fixture.Client.GetStringAsync("/claims?runs=100"));

        // Then: the one row of data/claims.csv, an 18-month horizon due 2027-05, cited to its news report
        var claim = doc.QuerySelector("section.claim")!;
        Assert.Contains("Donald Trump", claim.TextContent);
        Assert.Contains("18 months: due 2027-05", claim.TextContent);
        Assert.Contains("Trump meets with leaders of five Central Asian countries", claim.TextContent);
        Assert.NotEmpty(claim.QuerySelectorAll("table.verdicts tbody tr"));
        Assert.All(claim.QuerySelectorAll(".verdict"), v => Assert.Contains(v.TextContent, new[] { "likely", "unlikely", "uncertain", "cannot tell yet" }));
        var anchor = claim.QuerySelectorAll("a.num").Select(a => a.GetAttribute("href")!).Distinct().Single();
        Assert.NotNull(doc.GetElementById(anchor[1..]));
    }

    [Fact]
    public async Task ClaimsPage_DrawsATornadoPerCommodity()
    {
        // When
        var doc = new HtmlParser().ParseDocument(await fixture.Client.GetStringAsync("/claims?runs=100"));

        // Then one tornado chart per simulated commodity of the claim's scenario (seven markets), each with at least one bar
        // and the base line at the medians, and the method named
        var claim = doc.QuerySelector("section.claim")!;
        var charts = claim.QuerySelectorAll("svg.tornado");
        Assert.Equal(7, charts.Length);
        Assert.All(charts, svg => { Assert.NotEmpty(svg.QuerySelectorAll("rect.swing")); Assert.Single(svg.QuerySelectorAll("line.base")); });
        Assert.Contains("Saltelli", claim.QuerySelector("details.drivers")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunnerForm_Post_RedirectsWith303ToARunThatDrawsTheFanCharts()
    {
        // Given: the runner's form fields, posted as a browser on this site would
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/simulations")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["scenario"] = "baseline", ["runs"] = "40", ["seed"] = "2" }),
        };
        request.Headers.Add("Origin", fixture.Server.Address.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        var markets = Regex.Matches(await File.ReadAllTextAsync(RepoPaths.Combine("scenarios", "baseline.yaml")), @"^  - commodity:", RegexOptions.Multiline).Count;

        // When
        var response = await client.SendAsync(request);
        var location = response.Headers.Location!.OriginalString;
        await Api.SimulationEndpointsTests.PollAsync(fixture.Client, "/api" + location);
        var doc = new HtmlParser().ParseDocument(await fixture.Client.GetStringAsync(location));

        // Then: one fan chart per market of scenarios/baseline.yaml, each with its band, median and axis labels
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Matches("^/simulations/[0-9a-f]{16}$", location);
        var charts = doc.QuerySelectorAll("svg.fanchart");
        Assert.Equal(markets, charts.Length);
        Assert.All(charts, c =>
        {
            Assert.Single(c.QuerySelectorAll("path.band"));
            Assert.Single(c.QuerySelectorAll("path.median"));
            Assert.Equal(2, c.QuerySelectorAll("text.axis-label").Length);
        });
        Assert.Equal(markets, doc.QuerySelectorAll("details.data table").Length);
        Assert.NotNull(doc.GetElementById("parameters"));
    }

    [Fact]
    public async Task RunnerForm_Post_RunPageDrawsATornadoPerMarketInTheJobsRanking()
    {
        // Given: a run from the runner's form, which asks for the drivers of each market's effective share in the last month
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/simulations")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["scenario"] = "baseline", ["runs"] = "20", ["seed"] = "4" }),
        };
        request.Headers.Add("Origin", fixture.Server.Address.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        var location = (await client.SendAsync(request)).Headers.Location!.OriginalString;
        var job = await Api.SimulationEndpointsTests.PollAsync(fixture.Client, "/api" + location);

        // When
        var doc = new HtmlParser().ParseDocument(await fixture.Client.GetStringAsync(location));

        // Then: one tornado per market of the job's sensitivity result, its bars labelled with the result's drivers in the result's order
        // (the page draws the JSON's ranking, the one `simulate --sensitivity` prints), and the CLI command to get the same document
        var markets = job.GetProperty("result").GetProperty("sensitivity").GetProperty("markets").EnumerateArray().ToList();
        var charts = doc.QuerySelectorAll("svg.tornado");
        Assert.Equal(markets.Count, charts.Length);
        for (var i = 0; i < charts.Length; i++)
        {
            var expected = markets[i].GetProperty("drivers").EnumerateArray().Take(6)
                .Select(d => d.GetProperty("parameter").GetString()!).Select(p => p[(p.IndexOf('.', StringComparison.Ordinal) + 1)..]);
            Assert.Equal(expected, charts[i].QuerySelectorAll("text.label").Select(t => t.TextContent));
            Assert.Single(charts[i].QuerySelectorAll("line.base"));
        }
        Assert.NotNull(doc.GetElementById("drivers"));
        Assert.Contains("lodestone simulate baseline --runs 20 --seed 4 --sensitivity --format json", doc.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    // Another site's page posting the form, seen by the two headers browsers set.
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task RunnerForm_CrossSitePost_Returns403(string header, string value)
    {
        // Given
        using var request = new HttpRequestMessage(HttpMethod.Post, "/simulations")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["scenario"] = "baseline", ["runs"] = "10", ["seed"] = "1" }),
        };
        request.Headers.Add(header, value);

        // When
        var response = await fixture.Client.SendAsync(request);

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    // A run count over the cap, a non-number, and a scenario that is not shipped.
    [InlineData("baseline", "50001", "1", HttpStatusCode.BadRequest)]
    [InlineData("baseline", "many", "1", HttpStatusCode.BadRequest)]
    [InlineData("atlantis", "10", "1", HttpStatusCode.NotFound)]
    public async Task RunnerForm_BadInput_AnswersAnErrorPage(string scenario, string runs, string seed, HttpStatusCode status)
    {
        // When
        var response = await fixture.Client.PostAsync("/simulations",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["scenario"] = scenario, ["runs"] = runs, ["seed"] = seed }));

        // Then
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
