using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Lodestone.Domain.Brief;
using Lodestone.Domain.Exposure;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Exposure.Contracts;
using Lodestone.Testing;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Api;

public sealed class ExposureEndpointsTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    [Fact]
    public async Task Get_Gallium_DirectShareImportShareAndTracedPartnersComeFromTheDataFiles()
    {
        // When: the defaults are the CLI's, importer USA and supplier CHN
        var doc = await Problems.JsonAsync(await fixture.Client.GetAsync("/api/exposure?commodity=gallium"));

        // Then: the USGS MCS 2025 data release gives China 750,000 kg of a 760,000 kg world total of 2024 primary gallium
        // (98.68 %; the one series rule reads the production table before processing_shares.csv's rounded 98.7); data/usgs_mcs_us_trade.csv gives
        // U.S. gallium metal imports 2021-24 as Canada 28 %, Japan 22 %, China 18 %, with net import reliance 100 %
        Assert.Equal("USA", doc.GetProperty("importer").GetString());
        Assert.Equal("CHN", doc.GetProperty("supplier").GetString());
        var gallium = Assert.Single(doc.GetProperty("commodities").EnumerateArray());
        var refining = gallium.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == "refining");
        Assert.Equal(750000.0 / 760000.0, refining.GetProperty("direct").GetDouble(), 12);
        Assert.NotEmpty(refining.GetProperty("source_ids").EnumerateArray());
        Assert.Equal(0.18, gallium.GetProperty("import_share").GetDouble(), 6);
        Assert.Equal("100", gallium.GetProperty("net_import_reliance_pct").GetString());
        // China's 18 % is proven; the partners' own gallium feed is recorded only in the HS 8112.92 bundle, so it is a bound
        var traced = refining.GetProperty("traced");
        Assert.Equal(0.18, traced.GetProperty("low").GetDouble(), 9);
        var top = traced.GetProperty("partners")[0];
        Assert.Equal("CAN", top.GetProperty("partner").GetString());
        Assert.Equal(0.28, top.GetProperty("weight").GetDouble(), 6);
        Assert.Contains("8112.92", top.GetProperty("evidence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Default_IsTheCliJsonDocument()
    {
        // Given: the CLI's document for every commodity (ExposureCommand: the shared contract, snake_case)
        var cli = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        };
        var (usa, chn) = (new Iso3("USA"), new Iso3("CHN"));
        // read for the default vintage (the newest complete year) with China's controls judged on the requested date
        var data = DefaultData.Dataset;
        var (year, asOf) = (Vintages.NewestComplete(data), new DateOnly(2026, 11, 23));
        var reports = ExposureCalculator.ForAll(data, usa, chn, year);
        var expected = JsonNode.Parse(JsonSerializer.Serialize(
            ExposureJson.From(usa, chn, reports, year, asOf, c => ControlSummary.Of(data, c, usa, chn, asOf)), cli));

        // When
        var served = JsonNode.Parse(await fixture.Client.GetStringAsync("/api/exposure?as_of=2026-11-23"));

        // Then: same shape and values as `lodestone exposure --format json`
        Assert.True(JsonNode.DeepEquals(expected, served));
    }

    [Fact]
    public async Task Get_StageFilter_KeepsOnlyThatStage()
    {
        // When
        var doc = await Problems.JsonAsync(await fixture.Client.GetAsync("/api/exposure?stage=mining"));

        // Then
        var stages = doc.GetProperty("commodities").EnumerateArray().SelectMany(c => c.GetProperty("stages").EnumerateArray()).ToList();
        Assert.NotEmpty(stages);
        Assert.All(stages, s => Assert.Equal("mining", s.GetProperty("stage").GetString()));
    }

    [Fact]
    public async Task Get_UnknownCommodity_Returns404Problem()
    {
        // When
        var response = await fixture.Client.GetAsync("/api/exposure?commodity=unobtainium");

        // Then
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("urn:lodestone:error:not-found", problem.GetProperty("type").GetString());
        Assert.Contains("unobtainium", problem.GetProperty("detail").GetString());
    }

    [Theory]
    // Each parameter wrong in the way a user is likely to get it wrong.
    [InlineData("/api/exposure?stage=teleportation", "stage")]
    public async Task Get_BadParameter_Returns400ValidationProblem(string url, string field)
    {
        // When
        var response = await fixture.Client.GetAsync(url);

        // Then
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }
}
