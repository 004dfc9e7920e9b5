using System.Net;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Api;

public sealed class CountryEndpointsTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    [Fact]
    public async Task Get_China_RanksFirstInRareEarthMining()
    {
        // When
        var china = await Problems.JsonAsync(await fixture.Client.GetAsync("/api/countries/chn"));

        // Then: 270,000 of 390,000 t REO in 2024 (USGS MCS 2025) = 69.2308 %, rank 1; China is in the FEOC group (10 U.S.C. 4872)
        Assert.Equal("CHN", china.GetProperty("iso3").GetString());
        Assert.Contains("FEOC", china.GetProperty("groups").EnumerateArray().Select(g => g.GetString()));
        var share = china.GetProperty("shares").EnumerateArray()
            .Single(s => s.GetProperty("commodity").GetString() == "rare earths" && s.GetProperty("stage").GetString() == "mining");
        Assert.Equal(1, share.GetProperty("rank").GetInt32());
        Assert.Equal(69.2308, share.GetProperty("share_pct").GetDouble(), 4);
        Assert.NotEmpty(china.GetProperty("controls_imposed").EnumerateArray());
    }

    [Theory]
    // A path segment no country answers to (as ISO3, ISO2 or name) is missing: 404, the code every question uses.
    [InlineData("C1N", HttpStatusCode.NotFound)]
    [InlineData("QQQ", HttpStatusCode.NotFound)]
    public async Task Get_BadCode_ReturnsProblem(string code, HttpStatusCode status)
    {
        // When
        var response = await fixture.Client.GetAsync("/api/countries/" + code);

        // Then
        await Problems.AssertProblemAsync(response, status);
    }

    [Theory]
    // The segment resolves as every country parameter does: ISO2 and English name give China's profile.
    [InlineData("CN")]
    [InlineData("China")]
    public async Task Get_Iso2OrName_SameAsIso3(string segment)
    {
        // When
        var byCode = await fixture.Client.GetStringAsync("/api/countries/CHN");
        var other = await fixture.Client.GetStringAsync("/api/countries/" + segment);

        // Then
        Assert.Equal(byCode, other);
    }

    [Fact]
    public async Task List_FilterByGroup_ReturnsTheFiveCentralAsianStates()
    {
        // When
        var page = await Problems.JsonAsync(await fixture.Client.GetAsync("/api/countries?group=c5"));

        // Then: the C5+1 format is Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan
        var codes = page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("iso3").GetString()).Order().ToList();
        Assert.Equal(["KAZ", "KGZ", "TJK", "TKM", "UZB"], codes);
    }
}
