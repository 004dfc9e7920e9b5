using Lodestone.Data.Usgs;
using Lodestone.Domain.Errors;

namespace Lodestone.Data.Tests.Usgs;

public class UsgsImporterTests
{
    [Fact]
    public void ImportOrThrow_ShippedRelease_ReadsEveryFileWithoutIssues()
    {
        // Given data/usgs/ as published / When it is imported
        UsgsImportResult result;
        try
        {
            result = UsgsRelease2025.Result;
        }
        catch (DataValidationException e)
        {
            Assert.Fail(string.Join("\n", e.Issues.Take(40)));
            return;
        }

        // Then: 1 world file + 33 salient files (data/usgs/README.md), 1,250 world data rows + 33 × 5 salient rows
        Assert.Equal(34, result.Files.Count);
        Assert.Equal(1250 + 33 * 5, result.Rows);
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void ImportOrThrow_ShippedRelease_CitesTheReleaseAndFileOnEveryFact()
    {
        var result = UsgsRelease2025.Result;
        var sources = result.Facts.Sources.ToDictionary(s => s.Id);
        var cited = result.Facts.Production.Select(p => p.SourceId)
            .Concat(result.Facts.Reserves.Select(r => r.SourceId))
            .Concat(result.Facts.NetImportReliance.Select(n => n.SourceId)).Distinct().ToList();

        // Then each cited id is a source titled after the release and the file, DOI 10.5066/P13XCP3R, released 2025-01-31
        Assert.All(cited, id =>
        {
            var source = sources[id];
            Assert.StartsWith("U.S. Geological Survey, Mineral Commodity Summaries 2025 Data Release, file ", source.Title, StringComparison.Ordinal);
            Assert.Equal(("U.S. Geological Survey", "https://doi.org/10.5066/P13XCP3R", "2025-01-31"),
                (source.Publisher, source.Url, source.Published?.ToString()));
        });
        Assert.Contains(result.Facts.Sources, s => cited.Contains(s.Id) && s.Title.Contains("MCS2025_World_Data.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportOrThrow_ShippedRelease_ListsEverySkippedSeriesWithAReason()
    {
        var result = UsgsRelease2025.Result;

        // Then no series disappears silently: every world row is imported or counted as skipped with a reason
        Assert.All(result.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
        Assert.Contains(result.Skipped, s => s.UsgsCommodity == "Iron Ore" && s.UsgsType == "Mine production, usable ore" && s.Rows == 19);
        var imported = UsgsRelease2025.Mappings.Series.Where(m => !m.Skip).Select(m => m.Commodity).ToHashSet();
        Assert.Contains("germanium", imported);
    }

    [Fact]
    public void ImportOrThrow_ShippedRelease_ChinaRareEarthsAndGalliumAsPublished()
    {
        // MCS2025_World_Data.csv: rare earths China PROD_EST_ 2024 = 270000 t REO; gallium China PROD_2023 = 621000 kg,
        // gallium world CAP_EST_ 2024 = 1100000 kg (line 376)
        var production = UsgsRelease2025.Result.Facts.Production;
        Assert.Equal(270000d, production.Single(p => p.Commodity == "rare earths" && p.Country.Code == "CHN" && p.Year == 2024).Value);
        Assert.Equal(621000d, production.Single(p => p.Commodity == "gallium" && p.Country.Code == "CHN" && p.Year == 2023 && p.Kind == Domain.Facts.OutputKind.Production).Value);
        Assert.Equal(1100000d, production.Single(p => p.Commodity == "gallium" && p.Country.Code == "WLD" && p.Year == 2024 && p.Kind == Domain.Facts.OutputKind.Capacity).Value);
    }

    [Fact]
    public void Import_MissingDirectory_IsAnIssueNotAnException()
    {
        var issues = new Lodestone.Data.Loading.IssueLog();
        var result = UsgsImporter.Import("/nonexistent/usgs", UsgsRelease2025.Reference, UsgsRelease2025.Mappings, issues);

        Assert.Single(result.Issues);
        Assert.Empty(result.Facts.Production);
    }
}
