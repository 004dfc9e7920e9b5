using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Loading;

public class DatasetLoaderTests
{
    [Fact]
    public void LoadDirectory_DefaultData_LoadsEveryFileWithoutIssues()
    {
        // Given the shipped data/ folder / When it loads
        var data = DefaultData.Dataset;

        // Then every table has rows. Production and reserves come from the USGS release (data/usgs/) through the importer;
        // counted independently with Python's csv module over MCS2025_World_Data.csv and data/reference/usgs_series.csv:
        // 672 rows of imported production series × 2 years = 1,344 production facts, 78 capacity cells with a figure or a
        // CAP_NOTES note, and 479 reserves rows with a figure or a note. The other counts are the files' line counts.
        Assert.Equal(1344, data.Production.Count(p => p.Kind == OutputKind.Production));
        Assert.Equal(78, data.Production.Count(p => p.Kind == OutputKind.Capacity));
        Assert.Equal(479, data.Reserves.Count);
        Assert.Equal(122, data.StageShares.Count);
        Assert.Equal(48, data.ExportControls.Count);
        Assert.Equal(32, data.Agreements.Count);
        Assert.Equal(30, data.Projects.Count);
        Assert.All(data.Production, p => Assert.True(data.Sources.ContainsKey(p.SourceId)));
    }

    [Fact]
    public void LoadDirectory_DefaultData_ResolvesSourceAliasesToCanonicalCommodities()
    {
        var data = DefaultData.Dataset;

        Assert.Contains(data.Production, p => p.Commodity == "graphite" && p.Series == "natural graphite");
        Assert.Contains(data.Production, p => p.Commodity == "silicon" && p.Series == "ferrosilicon");
        Assert.Contains(data.Production, p => p.Commodity == "titanium" && p.Series == "ilmenite");
        Assert.DoesNotContain(data.Production, p => p.Commodity.Contains('('));
    }

    public static TheoryData<string, string, NirKind, double?> ReleasedNir => new()
    {
        // Each value read by hand from the 2024 row of data/usgs/salient/mcs2025-<file>_salient.csv (USGS MCS 2025 data
        // release, doi:10.5066/P13XCP3R); none of these commodities has a row in the curated usgs_mcs_us_trade.csv, so
        // before the release's NIR was seeded the brief showed "—" for each.
        { "aluminum", "alumi", NirKind.Exact, 47 },      // NIR_pct = 47
        { "arsenic", "arsen", NirKind.Exact, 100 },      // NIR_All_pct = 100
        { "beryllium", "beryl", NirKind.NetExporter, null }, // NIR_pct = E
        { "chromium", "chrom", NirKind.Exact, 77 },      // NIR_pct = 77
        { "niobium", "niobi", NirKind.Exact, 100 },      // NIR_pct = 100
        { "tantalum", "tanta", NirKind.Exact, 100 },     // NIR_pct = 100
        { "zirconium", "zirco", NirKind.LessThan, 25 },  // NIR_Zr_ore_pct = <25
    };

    [Theory]
    [MemberData(nameof(ReleasedNir))]
    public void LoadDirectory_DefaultData_SeedsTheReleasesNetImportReliance(string commodity, string file, NirKind kind, double? percent)
    {
        // When
        var nir = DefaultData.Dataset.NetImportReliance.Single(n => n.Commodity == commodity && n.Series == commodity && n.Year == 2024);

        // Then: the release's figure, citing its salient file
        Assert.Equal(new NetImportReliance(kind, percent), nir.Value);
        Assert.Equal("USA", nir.Importer.Code);
        Assert.Contains($"mcs2025-{file}_salient.csv", DefaultData.Dataset.Sources[nir.SourceId].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_DefaultData_OneNetImportReliancePerSeriesAndYear()
    {
        // The release and the curated extract both give 2024 (equal by UsgsCrossCheckTests); only one fact may remain.
        var duplicates = DefaultData.Dataset.NetImportReliance.GroupBy(n => (n.Commodity, n.Series, n.Importer, n.Year)).Where(g => g.Count() > 1)
            .Select(g => g.Key.ToString()).ToList();

        Assert.Empty(duplicates);
    }

    [Fact]
    public void LoadDirectory_ChinaRareEarthMining2024_Is270000TonnesAsInUsgs()
    {
        // USGS MCS 2025 World Data Release, Rare earths, China, PROD_EST_ 2024 = 270000 (t REO).
        var china = DefaultData.Dataset.Production.Single(p =>
            p.Commodity == "rare earths" && p.Stage == Stage.Mining && p.Country.Code == "CHN" && p.Year == 2024 && p.Kind == OutputKind.Production);

        Assert.Equal(270000, china.Value);
    }
}
