using Lodestone.Domain.Brief;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;
using Lodestone.Domain.Tests.Brief;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Metrics;

/// <summary>
/// The series rules in data (data/reference/stage_series.csv, usgs_import_categories.csv) on the shipped data. Expected values are read by
/// hand from data/usgs/MCS2025_World_Data.csv (USGS MCS 2025 data release, doi:10.5066/P13XCP3R, 2024 estimates) and the MCS 2026
/// import-source rows of data/usgs_mcs_us_trade.csv, never from the program's output.
/// </summary>
public class StageSeriesRuleTests
{
    private static BriefRow Row(string commodity) => DefaultBrief.Row(commodity);

    [Fact]
    public void Choose_EveryStageWithData_HasADocumentedRule()
    {
        // Given every commodity and stage the shipped data has production or published shares for
        var data = DefaultData.Dataset;
        var withData = data.Production.Where(p => p.Kind == OutputKind.Production).Select(p => (p.Commodity, p.Stage))
            .Concat(data.StageShares.Select(s => (s.Commodity, s.Stage)))
            .Distinct()
            .ToList();

        // Then each has its rule, with a reason, and a rule that names a series finds it
        Assert.All(withData, x => Assert.False(string.IsNullOrWhiteSpace(data.SeriesRules.For(x.Commodity, x.Stage)?.Reason), $"{x.Commodity} at {x.Stage.Name()} has no rule"));
        Assert.All(data.SeriesRules.Stages.Where(r => r.Basis != SeriesBasis.None), r =>
            Assert.True(StageSeriesSelector.Choose(data, r.Commodity, r.Stage)?.Series == r.Series, $"{r.Commodity} at {r.Stage.Name()}: '{r.Series}' not found"));
    }

    [Fact]
    public void Choose_SiliconRefining_IsSiliconMetalNotFerrosilicon()
    {
        // MCS2025_World_Data.csv, Silicon, "Plant production, silicon metal", PROD_EST_ 2024: China 3,900 of a world total
        // (rounded) of 4,600 thousand tons = 84.8 %. Ferrosilicon (China 3,500 of 5,100 = 68.6 %) is the steel alloy.
        var refining = Row("silicon").Stages["refining"]!;

        Assert.Equal("silicon metal", refining.Series);
        Assert.Equal(3900.0 / 4600.0, refining.SupplierShare!.Value, 12);
        Assert.StartsWith("high: CHN refines 85 %", Row("silicon").Flag, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_HeliumMining_WorldTotalLeavesOutCliffside()
    {
        // MCS2025_World_Data.csv, Helium, 2024 (million cubic meters): World total (rounded) 180 counts the U.S. Cliffside Field
        // row (13), which the rule moves to its own series; China 3, U.S. extracted from natural gas 68, Qatar 64.
        var mining = Row("helium").Stages["mining"]!;

        Assert.Equal("helium production", mining.Series);
        Assert.Equal(3.0 / (180 - 13), mining.SupplierShare!.Value, 12);
        Assert.Equal(("USA", 68.0 / 167), (mining.Top[0].Country, mining.Top[0].Share));
        Assert.Equal(64.0 / 167, mining.Top[1].Share, 12);
    }

    [Fact]
    public void Choose_Boron_IsMissingWithTheReasonNotAShare()
    {
        // MCS2025_World_Data.csv, Boron, "World total": both production cells blank, note 'xx' — USGS gives no world total.
        var row = Row("boron");
        var mining = row.Stages["mining"]!;

        Assert.Null(mining.SupplierShare);
        Assert.Null(mining.SupplierShareUpper);
        Assert.Null(mining.Hhi);
        Assert.Equal("none", mining.Basis);
        Assert.Contains("no world total", mining.Note, StringComparison.Ordinal);
        Assert.StartsWith("no share: USGS gives no world total for boron", row.Flag, StringComparison.Ordinal);
        Assert.Null(StageSeriesSelector.Choose(DefaultData.Dataset, "boron", Stage.Mining));
    }

    [Fact]
    public void Brief_TitaniumImports_MatchTheSpongeNir()
    {
        // The NIR shown is titanium sponge's (MCS 2026: 100, 2025e). Its import sources (MCS 2026 titanium chapter, 2021-24):
        // Japan 77 %, Saudi Arabia 13 %, Kazakhstan 8 %, other 2 %. China is not listed, so it holds at most the smallest, 2 %.
        // (The TiO2 pigment list, where China has 11 %, belongs to the pigment NIR, a net exporter.)
        var row = Row("titanium");

        Assert.Equal("titanium sponge", row.NetImportReliance!.Series);
        Assert.Equal("titanium sponge: Sponge metal", row.SupplierShareOfImports!.Category);
        Assert.Null(row.SupplierShareOfImports.Share);
        Assert.Equal(0.02, row.SupplierShareOfImports.ShareUpper);
    }

    [Fact]
    public void Brief_CopperImports_AreRefinedCopperLikeTheNir()
    {
        // USGS gives copper's NIR for refined copper; MCS 2026 refined copper import sources (2021-24): Chile 68, Canada 16,
        // Peru 7, Mexico 6, other 3. China is not listed: at most 3 %.
        var imports = Row("copper").SupplierShareOfImports!;

        Assert.Equal("Refined copper", imports.Category);
        Assert.Equal(0.03, imports.ShareUpper);
    }

    [Fact]
    public void Brief_HafniumAndUranium_ShowWhatTheDataHolds()
    {
        // mcs2025-zirco_salient.csv NIR_Hf_pct 2024: NA. USGS publishes no hafnium output by country.
        var hafnium = Row("hafnium");
        Assert.Equal("not_available", hafnium.NetImportReliance!.Kind);
        Assert.StartsWith("no share: USGS publishes no hafnium output by country", hafnium.Flag, StringComparison.Ordinal);

        // EIA 2023 uranium deliveries by origin: Canada 27, Australia 22, Kazakhstan 22, Russia 12, Uzbekistan 10 (%), China not
        // listed: at most 10 %. Uranium is outside USGS MCS, so no world share.
        var uranium = Row("uranium");
        Assert.Null(uranium.SupplierShareOfImports!.Share);
        Assert.Equal(0.10, uranium.SupplierShareOfImports.ShareUpper);
        Assert.StartsWith("no share: uranium is outside USGS's Mineral Commodity Summaries", uranium.Flag, StringComparison.Ordinal);
    }
}
