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
        Assert.Equal(30, data.Agreements.Count);
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

    [Fact]
    public void LoadDirectory_ChinaRareEarthMining2024_Is270000TonnesAsInUsgs()
    {
        // USGS MCS 2025 World Data Release, Rare earths, China, PROD_EST_ 2024 = 270000 (t REO).
        var china = DefaultData.Dataset.Production.Single(p =>
            p.Commodity == "rare earths" && p.Stage == Stage.Mining && p.Country.Code == "CHN" && p.Year == 2024 && p.Kind == OutputKind.Production);

        Assert.Equal(270000, china.Value);
    }
}
