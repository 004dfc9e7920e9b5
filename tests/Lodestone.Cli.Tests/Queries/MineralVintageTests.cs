using Lodestone.Domain.Errors;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Queries.Brief;
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
    public void Profile_AFigureOfALaterYear_IsListedButMarkedAfterTheView()
    {
        // data/usgs_mcs_us_trade.csv: antimony NIR 85 for 2024 (MCS 2025 salient) and 91 for 2025 (MCS 2026 estimate), import
        // sources for 2021-24; a view of 2024 lists 2025's 91 as "2025 (after 2024)", a view of 2023 marks the 2021-24 sources too
        var today = new DateOnly(2026, 12, 4);
        var of2024 = MineralQuestion.Answer(Data, MineralQuestion.Request(Data, "antimony", null, today, 2024)).UsTrade;
        var of2023 = MineralQuestion.Answer(Data, MineralQuestion.Request(Data, "antimony", null, today, 2023)).UsTrade;

        Assert.Equal("2025 (after 2024)", of2024.NetImportReliance.Single(n => n.Year == 2025 && n.Series == "antimony").YearNote);
        Assert.Null(of2024.NetImportReliance.Single(n => n.Year == 2024 && n.Series == "antimony").YearNote);
        Assert.All(of2024.ImportSources.Where(i => i.Period == "2021-24"), i => Assert.Null(i.YearNote));
        Assert.All(of2023.ImportSources.Where(i => i.Period == "2021-24"), i => Assert.Equal("2021-24 (after 2023)", i.YearNote));
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
    public void Profile_ReservesOnlyEstimatedLater_AreMarkedAfterTheViewInProfileAndBrief()
    {
        // data/usgs_mcs_reserves.csv holds one edition, USGS MCS 2025 (reserves as of 2024): China 670,000 t antimony of a world
        // 2,000,000 t. A view of 2024 reads it as its own; a view of 2023 still shows it (the only estimate) marked "2024 (after 2023)".
        var today = new DateOnly(2026, 12, 4);
        var of2024 = MineralQuestion.Answer(Data, MineralQuestion.Request(Data, "antimony", null, today, 2024)).Reserves;
        var of2023 = MineralQuestion.Answer(Data, MineralQuestion.Request(Data, "antimony", null, today, 2023)).Reserves;
        var brief2023 = BriefQuestion.Answer(Data, BriefQuestion.Request(Data, "USA", "CHN", 2023, null, today)).Rows.Single(r => r.Commodity == "antimony");

        Assert.Equal((2024, 670_000d, null), (of2024.Single(r => r.Country == "CHN").Year, of2024.Single(r => r.Country == "CHN").Value!.Value,
            of2024.Single(r => r.Country == "CHN").YearNote));
        Assert.All(of2023, r => Assert.Equal("2024 (after 2023)", r.YearNote));
        Assert.Contains("reserves estimate of 2024 (after 2023)", brief2023.C5ShareOfReserves!.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void StageShares_ImplausibleYear_IsBadArguments()
    {
        var error = Assert.Throws<LodestoneException>(() => MineralQuestion.StageShares(Data, "antimony", "mining", 1066));

        Assert.Equal(ErrorCode.BadArguments, error.Code);
    }
}
