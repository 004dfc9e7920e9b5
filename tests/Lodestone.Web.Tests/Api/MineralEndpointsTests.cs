using System.Net;
using Lodestone.Testing;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Api;

/// <remarks>Tests over the default dataset share one server (<see cref="DefaultServerFixture"/>): they only read.</remarks>
public sealed class MineralEndpointsTests(DefaultServerFixture fixture, PostgresFixture postgres)
    : IClassFixture<DefaultServerFixture>, IClassFixture<PostgresFixture>
{
    [Theory]
    [MemberData(nameof(KnowledgeBases.All), MemberType = typeof(KnowledgeBases))]
    public async Task List_RareEarths_LedByChinaAtMiningAndRefining(string store)
    {
        // Given a server over a store seeded from the shipped data (a copy of the run's template; a PostgreSQL run
        // without a database is skipped, and fails on CI)
        using var temp = new TempDirectory();
        var (db, _) = await SeededStoreTemplates.Shared.CopyAsync(store, temp, postgres);
        await using var server = await RunningServer.StartAsync(KnowledgeBases.Opener(db));

        // When
        var page = await Problems.JsonAsync(await server.Client.GetAsync("/api/minerals?q=rare&page_size=10"));

        // Then: USGS MCS 2025 prints China 270,000 t of a 390,000 t world total (REO, 2024): 270000 / 390000 = 69.2308 %.
        // IEA (GCMO 2025 data explorer) prints China's 2024 share of magnet rare-earth refining as 91.3 %.
        var rare = page.GetProperty("items").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "rare earths");
        var leaders = rare.GetProperty("leaders").EnumerateArray().ToDictionary(l => l.GetProperty("stage").GetString()!);
        Assert.Equal("CHN", leaders["mining"].GetProperty("country").GetString());
        Assert.Equal(69.2308, leaders["mining"].GetProperty("share_pct").GetDouble(), 4);
        Assert.Equal(2024, leaders["mining"].GetProperty("year").GetInt32());
        Assert.Equal("CHN", leaders["refining"].GetProperty("country").GetString());
        Assert.Equal(91.3, leaders["refining"].GetProperty("share_pct").GetDouble(), 6);
        Assert.Equal("published shares", leaders["refining"].GetProperty("basis").GetString());
    }

    [Fact]
    public async Task List_PagesAndFilters_CountsAgree()
    {
        // Given
        var server = fixture.Server;

        // When: all minerals, then two pages of 5
        var all = await Problems.JsonAsync(await server.Client.GetAsync("/api/minerals?page_size=200"));
        var p1 = await Problems.JsonAsync(await server.Client.GetAsync("/api/minerals?page=1&page_size=5"));
        var p2 = await Problems.JsonAsync(await server.Client.GetAsync("/api/minerals?page=2&page_size=5"));
        var china = await Problems.JsonAsync(await server.Client.GetAsync("/api/minerals?leader=chn&stage=mining&page_size=200"));
        var byName = await Problems.JsonAsync(await server.Client.GetAsync("/api/minerals?leader=China&stage=mining&page_size=200"));

        // Then: pages are consecutive slices of the whole list, and the leader filter keeps only minerals China leads at mining
        var names = all.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ToList();
        Assert.Equal(names.Count, all.GetProperty("total").GetInt32());
        Assert.Equal(names.Skip(5).Take(5), p2.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.Equal(names.Take(5), p1.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.Contains("rare earths", china.GetProperty("items").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.Equal(china.GetProperty("total").GetInt32(), byName.GetProperty("total").GetInt32()); // a leader by name resolves as its code
        Assert.All(china.GetProperty("items").EnumerateArray(), m => Assert.Contains(m.GetProperty("leaders").EnumerateArray(),
            l => l.GetProperty("stage").GetString() == "mining" && l.GetProperty("country").GetString() == "CHN"));
    }

    [Theory]
    // Each case is one way a client can get the list parameters wrong; all must be 400 problem details, never 500.
    [InlineData("/api/minerals?page=0", "page")]
    [InlineData("/api/minerals?page_size=1000", "page_size")]
    [InlineData("/api/minerals?stage=smelting", "stage")]
    public async Task List_BadParameter_Returns400ValidationProblem(string url, string field)
    {
        // Given
        var server = fixture.Server;

        // When
        var response = await server.Client.GetAsync(url);

        // Then
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal("urn:lodestone:error:bad-arguments", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Get_RareEarthsByAlias_ReturnsDetailWithResolvableSources()
    {
        // Given
        var server = fixture.Server;

        // When: "REE" is an alias of rare earths in data/reference/commodities.csv
        var detail = await Problems.JsonAsync(await server.Client.GetAsync("/api/minerals/REE"));

        // Then: canonical name, a mining table whose top row is China, and every cited source id is listed
        Assert.Equal("rare earths", detail.GetProperty("name").GetString());
        var mining = detail.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("stage").GetString() == "mining");
        Assert.Equal("CHN", mining.GetProperty("shares")[0].GetProperty("country").GetString());
        var listed = detail.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();
        var cited = detail.GetProperty("controls").EnumerateArray()
            .Concat(detail.GetProperty("top_producers").EnumerateArray())
            .Concat(detail.GetProperty("reserves").EnumerateArray())
            .Select(x => x.GetProperty("source_id").GetString());
        Assert.All(cited, id => Assert.Contains(id, listed));
        Assert.NotEmpty(detail.GetProperty("controls").EnumerateArray());
        Assert.All(detail.GetProperty("controls").EnumerateArray(), c => Assert.False(string.IsNullOrEmpty(c.GetProperty("status").GetString())));
    }

    [Fact]
    public async Task Get_UnknownMineral_Returns404Problem()
    {
        // Given
        var server = fixture.Server;

        // When
        var response = await server.Client.GetAsync("/api/minerals/unobtainium");

        // Then
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("urn:lodestone:error:not-found", problem.GetProperty("type").GetString());
        Assert.Equal("not-found", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Shares_BadStage_Returns400AndKnownStageReturnsTable()
    {
        // Given
        var server = fixture.Server;

        // When
        var bad = await server.Client.GetAsync("/api/minerals/rare%20earths/shares?stage=teleportation");
        var good = await Problems.JsonAsync(await server.Client.GetAsync("/api/minerals/rare%20earths/shares?stage=refining"));

        // Then
        await Problems.AssertProblemAsync(bad, HttpStatusCode.BadRequest);
        Assert.Equal("refining", good.GetProperty("stage").GetString());
        Assert.Equal("CHN", good.GetProperty("shares")[0].GetProperty("country").GetString());
    }
}
