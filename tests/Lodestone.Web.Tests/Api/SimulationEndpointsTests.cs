using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lodestone.Testing;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Api;

public sealed class SimulationEndpointsTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    /// <summary>Metrics that are fractions of demand or supply (docs/simulation.md, "Outputs per month").</summary>
    private static readonly string[] FractionMetrics = ["shortfall", "concern_share", "effective_concern_share"];

    [Fact]
    public async Task Post_SmallBuiltInRun_CompletesWithTheCliResultShape()
    {
        // Given: scenarios/baseline.yaml starts 2025-11, runs 36 months, importer USA, concern CHN, and lists its markets
        var baseline = await File.ReadAllTextAsync(RepoPaths.Combine("scenarios", "baseline.yaml"));
        var markets = Regex.Matches(baseline, @"^  - commodity:", RegexOptions.Multiline).Count;

        // When
        var response = await fixture.Client.PostAsJsonAsync("/api/simulations", new { scenario = "baseline", runs = 50, seed = 7 });
        var job = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var id = job.GetProperty("id").GetString()!;
        var done = await PollAsync(fixture.Client, "/api/simulations/" + id);

        // Then: 202 with the job's address, then a succeeded job carrying the `simulate --format json` document
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("/api/simulations/" + id, response.Headers.Location?.OriginalString);
        Assert.Contains(job.GetProperty("status").GetString(), new[] { "queued", "running", "succeeded" });
        Assert.Equal("succeeded", done.GetProperty("status").GetString());
        Assert.Equal(1.0, done.GetProperty("progress").GetDouble());
        var result = done.GetProperty("result");
        Assert.Equal("baseline", result.GetProperty("scenario").GetString());
        Assert.Equal(50, result.GetProperty("runs").GetInt32());
        Assert.Equal(7UL, result.GetProperty("seed").GetUInt64());
        Assert.Equal("2025-11", result.GetProperty("start").GetString());
        Assert.Equal(36, result.GetProperty("horizon").GetInt32());
        Assert.Equal("USA", result.GetProperty("importer").GetString());
        Assert.Equal("CHN", result.GetProperty("concern").GetString());
        var months = result.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(markets, months.Select(m => (m.GetProperty("commodity").GetString(), m.GetProperty("stage").GetString())).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 36), months.Select(m => m.GetProperty("month").GetInt32()).Distinct().Order());
        foreach (var m in months)
        {
            var (p5, p50, p95) = (m.GetProperty("p5").GetDouble(), m.GetProperty("p50").GetDouble(), m.GetProperty("p95").GetDouble());
            Assert.True(p5 <= p50 && p50 <= p95, $"quantiles out of order: {m}");
            if (FractionMetrics.Contains(m.GetProperty("metric").GetString()))
            {
                Assert.InRange(p5, 0, 1);
                Assert.InRange(p95, 0, 1);
            }
        }
        Assert.NotEmpty(result.GetProperty("parameters").EnumerateArray());
        var bare = await fixture.Client.GetStringAsync(done.GetProperty("result_url").GetString());
        Assert.Equal(result.GetRawText(), JsonDocument.Parse(bare).RootElement.GetRawText());
    }

    [Fact]
    public async Task Post_WithSensitivity_ResultRanksTheDriversOfEachMarket()
    {
        // Given: the baseline's markets, and a headline asked for as the CLI's --sensitivity-metric price_index --sensitivity-month 6
        var markets = Regex.Matches(await File.ReadAllTextAsync(RepoPaths.Combine("scenarios", "baseline.yaml")), @"^  - commodity:", RegexOptions.Multiline).Count;

        // When
        var response = await fixture.Client.PostAsJsonAsync("/api/simulations",
            new { scenario = "baseline", runs = 20, seed = 3, sensitivity = true, sensitivity_metric = "price_index", sensitivity_month = 6 });
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var done = await PollAsync(fixture.Client, "/api/simulations/" + id);

        // Then: the result carries the analysis of that headline for every market, 2025-11 + 5 months = 2026-04, drivers ranked by swing
        Assert.Equal("succeeded", done.GetProperty("status").GetString());
        var sensitivity = done.GetProperty("result").GetProperty("sensitivity");
        Assert.Equal("price_index", sensitivity.GetProperty("metric").GetString());
        Assert.Equal(6, sensitivity.GetProperty("month").GetInt32());
        Assert.Equal("2026-04", sensitivity.GetProperty("date").GetString());
        Assert.Equal(markets, sensitivity.GetProperty("markets").GetArrayLength());
        foreach (var market in sensitivity.GetProperty("markets").EnumerateArray())
        {
            var swings = market.GetProperty("drivers").EnumerateArray().Select(d => d.GetProperty("swing").GetDouble()).ToList();
            Assert.Equal(swings.OrderByDescending(s => s), swings);
        }
    }

    [Fact]
    public async Task Post_WithoutSensitivity_ResultHasNone()
    {
        // When
        var response = await fixture.Client.PostAsJsonAsync("/api/simulations", new { scenario = "baseline", runs = 10, seed = 1 });
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var done = await PollAsync(fixture.Client, "/api/simulations/" + id);

        // Then: as simulate without --sensitivity, the field is null
        Assert.Equal(JsonValueKind.Null, done.GetProperty("result").GetProperty("sensitivity").ValueKind);
    }

    [Fact]
    public async Task Post_UploadWithoutKey_Returns401Problem()
    {
        // When
        var response = await fixture.Client.PostAsJsonAsync("/api/simulations", new { scenario_yaml = "name: mine\nextends: baseline.yaml\n", runs = 10 });

        // Then
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("unauthorized", problem.GetProperty("code").GetString());
        Assert.True(response.Headers.WwwAuthenticate.Count > 0);
    }

    [Fact]
    public async Task Post_UploadWithKey_RunsTheUploadedScenario()
    {
        // Given: a scenario that extends the shipped baseline and shortens the horizon to 24 months (its predicates look at month 18)
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/simulations")
        {
            Content = JsonContent.Create(new { scenario_yaml = "name: two-years\ndescription: baseline, shorter\nextends: baseline.yaml\nhorizon: 24\n", runs = 20, seed = 3 }),
        };
        request.Headers.Add("X-Api-Key", DefaultServerFixture.ApiKey);

        // When
        var response = await fixture.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString();
        var done = await PollAsync(fixture.Client, "/api/simulations/" + id);

        // Then
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(done.GetProperty("uploaded").GetBoolean());
        Assert.Equal("two-years", done.GetProperty("result").GetProperty("scenario").GetString());
        Assert.Equal(24, done.GetProperty("result").GetProperty("horizon").GetInt32());
    }

    [Theory]
    // Each field wrong in the way a client is likely to get it wrong; the problem names the field and, for numbers, the range.
    [InlineData("""{"scenario":"baseline","runs":0}""", "runs", "between 1 and 50000")]
    [InlineData("""{"scenario":"baseline","runs":50001}""", "runs", "between 1 and 50000")]
    [InlineData("""{"scenario":"baseline","horizon_months":241}""", "horizon_months", "between 1 and 240")]
    [InlineData("""{"runs":10}""", "scenario", "exactly one")]
    [InlineData("""{"scenario":"baseline","scenario_yaml":"name: x","runs":10}""", "scenario", "exactly one")]
    [InlineData("""{"scenario":"baseline","runs":10,"sensitivity":true,"sensitivity_metric":"happiness"}""", "sensitivity_metric", "must be one of: shortfall, concern_share")]
    // The baseline runs 36 months: month 37 is past its horizon, and a shorter horizon moves the limit with it.
    [InlineData("""{"scenario":"baseline","runs":10,"sensitivity":true,"sensitivity_month":37}""", "sensitivity_month", "must be 1–36")]
    [InlineData("""{"scenario":"baseline","runs":10,"horizon_months":6,"sensitivity":true,"sensitivity_month":7}""", "sensitivity_month", "must be 1–6")]
    public async Task Post_BadField_Returns400NamingTheField(string body, string field, string expected)
    {
        // Given: with the key, so an upload field is judged on its content
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/simulations") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", DefaultServerFixture.ApiKey);

        // When
        var response = await fixture.Client.SendAsync(request);

        // Then
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(expected, problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task Post_UnknownScenario_Returns404Problem()
    {
        // When
        var response = await fixture.Client.PostAsJsonAsync("/api/simulations", new { scenario = "atlantis-blockade", runs = 10 });

        // Then
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("baseline", problem.GetProperty("detail").GetString()); // the answer lists the shipped scenarios
    }

    [Theory]
    // A path out of the scenarios folder, and a name that is not shipped: uploads may only extend shipped scenarios.
    [InlineData("../data/claims.csv")]
    [InlineData("not-shipped.yaml")]
    public async Task Post_UploadExtendingSomethingNotShipped_Returns400(string extends)
    {
        // Given
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/simulations")
        {
            Content = JsonContent.Create(new { scenario_yaml = $"name: sneaky\nextends: {extends}\n", runs = 10 }),
        };
        request.Headers.Add("X-Api-Key", DefaultServerFixture.ApiKey);

        // When
        var response = await fixture.Client.SendAsync(request);

        // Then
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("extends", problem.GetProperty("errors").GetProperty("scenario_yaml")[0].GetString());
    }

    [Fact]
    public async Task Post_BodyNotJson_Returns400Problem()
    {
        // When
        var response = await fixture.Client.PostAsync("/api/simulations", new StringContent("runs=5", System.Text.Encoding.UTF8, "application/json"));

        // Then
        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    // The job document and the bare result of a job that never existed.
    [InlineData("/api/simulations/0000000000000000")]
    [InlineData("/api/simulations/0000000000000000/result")]
    public async Task Get_UnknownJob_Returns404Problem(string url)
    {
        // When
        var response = await fixture.Client.GetAsync(url);

        // Then
        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    /// <summary>GETs the job until it has finished (or a minute has passed) and returns its last document.</summary>
    internal static async Task<JsonElement> PollAsync(HttpClient client, string url)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var doc = JsonDocument.Parse(await client.GetStringAsync(url)).RootElement;
            var status = doc.GetProperty("status").GetString();
            var progress = doc.GetProperty("progress").GetDouble();
            Assert.InRange(progress, 0, 1);
            if (status is "succeeded" or "failed" || DateTime.UtcNow > deadline)
            {
                return doc;
            }
            await Task.Delay(100);
        }
    }
}
