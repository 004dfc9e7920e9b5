using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Metrics;

/// <summary>The import-source list rule (data/reference/usgs_import_categories.csv) on the shipped data: the MCS 2026 import-source rows of
/// data/usgs_mcs_us_trade.csv (2021-24), read by hand.</summary>
public class ImportSourceSelectorTests
{
    private static readonly Iso3 Usa = new("USA");

    [Fact]
    public void Choose_Copper_IsTheRefinedCopperList()
    {
        // Refined copper (the NIR's material): Chile 68, Canada 16, Peru 7, Mexico 6, other 3 (%); the first list in the file is
        // the copper content of blister and anodes (Finland 88 %).
        var choice = ImportSourceSelector.Choose(DefaultData.Dataset, Usa, "copper")!;

        Assert.Equal("Refined copper", choice.Category);
        Assert.Equal("2021-24", choice.Period);
        Assert.Equal([("CHL", 0.68), ("CAN", 0.16), ("PER", 0.07), ("MEX", 0.06), ("OTH", 0.03)],
            choice.Sources.Select(s => (s.Partner.Code, s.Share.Value)).OrderByDescending(x => x.Value));
    }

    [Fact]
    public void Choose_Magnesium_HasNoListAndSaysWhy()
    {
        // USGS lists magnesium metal imports in two parts (alloys; sheet, powder and other) with no total.
        var choice = ImportSourceSelector.Choose(DefaultData.Dataset, Usa, "magnesium")!;

        Assert.Empty(choice.Sources);
        Assert.Contains("two parts", choice.MissingReason, StringComparison.Ordinal);
        // GeoPolRisk's partners then come from BACI, as exposure's import share does (DirectImportShare), never from a made-up list
        var geoPol = RiskAssessor.Assess(DefaultData.Dataset, "magnesium", RiskMethod.GeoPolRisk, Usa);
        Assert.True(geoPol.Imports is { FromBaci: true, HasShares: true });
        // The U.S. smelter row is blank while the listed producers fill the rounded world total (MCS 2025:
        // 1,045 of 1,000 kt), so exposure traces no own output at the refining stage: F ÷ (p + F) = 1, as exposure's
        // split says (before 2026-12-05 risk read the blank row as an unknown p: insufficient_data beside 0 %)
        Assert.Equal(MetricStatus.Bounded, geoPol.Result.Status);
        var share = geoPol.Result.Inputs.Single(i => i.Name == GeoPolRisk.ImportShareLow);
        Assert.Equal(1, share.Value);
        Assert.Contains("no own output", share.Note, StringComparison.Ordinal);
    }
}
