using System.Net;
using Lodestone.Testing;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Api;

public sealed class SourceEndpointsTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    [Fact]
    public async Task Get_EverySourceOfTheDataset_Resolves()
    {
        // Given
        var ids = DefaultData.Dataset.Sources.Keys.Take(20).ToList();

        // When / Then
        foreach (var id in ids)
        {
            var source = await Problems.JsonAsync(await fixture.Client.GetAsync("/api/sources/" + Uri.EscapeDataString(id)));
            Assert.Equal(id, source.GetProperty("id").GetString());
            Assert.Equal(DefaultData.Dataset.Sources[id].Title, source.GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task List_Total_EqualsDatasetSourceCount()
    {
        // When
        var page = await Problems.JsonAsync(await fixture.Client.GetAsync("/api/sources?page_size=1"));

        // Then
        Assert.Equal(DefaultData.Dataset.Sources.Count, page.GetProperty("total").GetInt32());
        Assert.Single(page.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Get_UnknownSource_Returns404Problem()
    {
        // When
        var response = await fixture.Client.GetAsync("/api/sources/no-such-source");

        // Then
        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}
