using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Queries.Minerals;
using Lodestone.Testing;

namespace Lodestone.Cli.Tests.Queries;

/// <summary>The mineral list (<c>/api/minerals?year=</c>) and the map (<c>/api/minerals/{name}/shares?year=</c>) read one data year.</summary>
public sealed class MineralVintageTests
{
    private static readonly Dataset Data = DefaultData.Dataset;

    [Theory]
    // data/usgs_mcs_production.csv (USGS MCS 2025 data release), antimony mine production, China over the world total:
    // 2023: 62,300 / 106,000 t = 58.77 %; 2024: 60,000 / 100,000 t = 60.00 %
    [InlineData(2023, 62_300.0 / 106_000.0 * 100)]
    [InlineData(2024, 60.0)]
    public void StageShares_AntimonyMiningOfAVintage_IsThatYearsTable(int year, double chinaPct)
    {
        var table = MineralQuestion.StageShares(Data, "antimony", "mining", year);

        Assert.NotNull(table);
        Assert.Equal((year, null), (table.Year, table.YearNote));
        Assert.Equal(chinaPct, Assert.Single(table.Shares, s => s.Country == "CHN").SharePct!.Value, 6);
    }

    [Fact]
    public void StageShares_TableOnlyPublishedForAnEarlierYear_IsMarkedLatestAvailable()
    {
        // data/processing_shares.csv: high-purity manganese refining shares are Stratas Advisors' for 2022 only (China ~84 %)
        var table = MineralQuestion.StageShares(Data, "manganese", "refining", 2024);

        Assert.NotNull(table);
        Assert.Equal((2022, "2022 (latest available)"), (table.Year, table.YearNote));
        Assert.Equal(84, Assert.Single(table.Shares, s => s.Country == "CHN").SharePct);
    }

    [Fact]
    public void Summaries_PastVintage_LeadersAreOfThatYearOrMarked()
    {
        var antimony = Assert.Single(MineralQuestion.Summaries(Data, 2023), m => m.Name == "antimony");

        var mining = Assert.Single(antimony.Leaders, l => l.Stage == "mining");
        Assert.Equal(("CHN", 2023, null), (mining.Country, mining.Year, mining.YearNote));
        Assert.Equal(62_300.0 / 106_000.0 * 100, mining.SharePct, 6);
    }

    [Fact]
    public void StageShares_ImplausibleYear_IsBadArguments()
    {
        var error = Assert.Throws<LodestoneException>(() => MineralQuestion.StageShares(Data, "antimony", "mining", 1066));

        Assert.Equal(ErrorCode.BadArguments, error.Code);
    }
}
