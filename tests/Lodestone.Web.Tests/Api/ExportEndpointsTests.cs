using System.Net;
using Lodestone.Testing;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Api;

public sealed class ExportEndpointsTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    [Fact]
    public async Task Export_Json_HoldsEveryFact()
    {
        // When
        var doc = await Problems.JsonAsync(await fixture.Client.GetAsync("/api/export?format=json"));

        // Then
        var d = DefaultData.Dataset;
        Assert.Equal(d.Production.Count, doc.GetProperty("production").GetArrayLength());
        Assert.Equal(d.Reserves.Count, doc.GetProperty("reserves").GetArrayLength());
        Assert.Equal(d.StageShares.Count, doc.GetProperty("stage_shares").GetArrayLength());
        Assert.Equal(d.ExportControls.Count, doc.GetProperty("export_controls").GetArrayLength());
        Assert.Equal(d.Sources.Count, doc.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Export_CsvProduction_HasHeaderAndOneLinePerFact()
    {
        // When
        var response = await fixture.Client.GetAsync("/api/export?format=csv&table=production");
        var text = await response.Content.ReadAsStringAsync();

        // Then: values with commas are quoted by CsvHelper, so count records with a CSV parser rather than lines
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var reader = new CsvHelper.CsvReader(new StringReader(text), System.Globalization.CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        Assert.Equal("commodity", reader.HeaderRecord![0]);
        var rows = 0;
        while (reader.Read())
        {
            rows++;
        }
        Assert.Equal(DefaultData.Dataset.Production.Count, rows);
    }

    [Theory]
    // An unknown format, an unknown table, and CSV without a table are all the client's mistake.
    [InlineData("/api/export?format=xml")]
    [InlineData("/api/export?format=csv&table=passwords")]
    [InlineData("/api/export?format=csv")]
    public async Task Export_BadQuery_Returns400Problem(string url)
    {
        // When
        var response = await fixture.Client.GetAsync(url);

        // Then
        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
