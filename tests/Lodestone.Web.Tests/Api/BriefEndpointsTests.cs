using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Lodestone.Domain.Brief;
using Lodestone.Domain.Model;
using Lodestone.Testing;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Api;

public sealed class BriefEndpointsTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    [Fact]
    public async Task Get_Default_GalliumRefiningIsChinas()
    {
        // When
        var brief = await Problems.JsonAsync(await fixture.Client.GetAsync("/api/brief?as_of=2026-11-23"));

        // Then: USGS MCS 2025 prints China 750,000 kg of a 760,000 kg world total of primary gallium in 2024: 750000 / 760000 = 0.98684
        Assert.Equal("USA", brief.GetProperty("importer").GetString());
        Assert.Equal("CHN", brief.GetProperty("supplier").GetString());
        var gallium = brief.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("commodity").GetString() == "gallium");
        Assert.Equal(0.98684, gallium.GetProperty("stages").GetProperty("refining").GetProperty("supplier_share").GetDouble(), 5);
    }

    [Fact]
    public async Task Get_SameRequest_IsTheCliJsonDocument()
    {
        // Given: the CLI writes the brief with snake_case names and snake_case enums (src/Lodestone.Cli/Infrastructure/JsonOutput.cs)
        var cli = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        };
        var request = new BriefRequest(new Iso3("USA"), new Iso3("CHN"), null, new DateOnly(2026, 11, 23));
        var expected = JsonNode.Parse(JsonSerializer.Serialize(BriefCalculator.Compute(DefaultData.Dataset, request), cli));

        // When
        var served = JsonNode.Parse(await fixture.Client.GetStringAsync("/api/brief?importer=usa&supplier=China&as_of=2026-11-23"));

        // Then: same shape and values as `lodestone brief --format json`
        Assert.True(JsonNode.DeepEquals(expected, served));
    }

    [Theory]
    // Each parameter wrong in the way a user is likely to get it wrong.
    [InlineData("/api/brief?as_of=2026-13-01", "as_of")]
    [InlineData("/api/brief?as_of=23/11/2026", "as_of")]
    [InlineData("/api/brief?year=1066", "year")]
    public async Task Get_BadParameter_Returns400ValidationProblem(string url, string field)
    {
        // When
        var response = await fixture.Client.GetAsync(url);

        // Then
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    // A country nobody has is missing, not malformed: 404 with the field named, as every question answers it (issue 11).
    [InlineData("/api/brief?importer=Atlantis", "importer")]
    [InlineData("/api/brief?supplier=XX", "supplier")]
    [InlineData("/api/exposure?importer=Atlantis", "importer")]
    [InlineData("/api/exposure?supplier=XX", "supplier")]
    public async Task Get_UnknownCountry_Returns404NamingTheField(string url, string field)
    {
        // When
        var response = await fixture.Client.GetAsync(url);

        // Then
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("urn:lodestone:error:not-found", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.StartsWith("unknown country", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
