using Lodestone.Data.Loading;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Usgs;

/// <summary>The importer against the hand-typed extract of the same release (data/usgs_mcs_*.csv, see data/README-usgs.md).</summary>
public class UsgsCrossCheckTests
{
    private static readonly string DataDirectory = DefaultData.Directory;

    [Fact]
    public void Production_EveryCuratedValue_EqualsTheImportedValue()
    {
        // Given the curated production extract, read by the curated loader
        var curated = LoadCurated(FactFiles.Production).Production.Where(p => p.Value is not null).ToList();
        var imported = UsgsRelease2025.Result.Facts.Production.Where(p => p.Kind == OutputKind.Production)
            .ToDictionary(p => (p.Commodity, p.Series, p.Stage, p.Country.Code, p.Year));

        // When each curated figure is looked up in the import
        var fromChapter = curated.Where(p => ChapterOnly(p)).ToList();
        var mismatches = curated.Except(fromChapter)
            .Where(p => !imported.TryGetValue((p.Commodity, p.Series, p.Stage, p.Country.Code, p.Year), out var i) || i.Value != p.Value)
            .Select(p => $"{p.Commodity}/{p.Series}/{p.Country}/{p.Year}: curated {p.Value}, imported {(imported.TryGetValue((p.Commodity, p.Series, p.Stage, p.Country.Code, p.Year), out var i) ? i.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "blank" : "missing")}")
            .ToList();

        // Then all 652 curated figures are checked: 626 from the world table plus 18 U.S. zeros from the salient files
        // (data/README-usgs.md) equal the import; the 8 rare-earth zeros come from the chapter text, not the release, and the
        // import leaves those cells blank (no figure, never zero).
        Assert.Equal(652, curated.Count);
        Assert.Empty(mismatches);
        Assert.Equal(8, fromChapter.Count);
        Assert.All(fromChapter, p => Assert.Null(imported[(p.Commodity, p.Series, p.Stage, p.Country.Code, p.Year)].Value));
        Assert.Equal(18, curated.Count(p => p.Country.Code == "USA" && p.Value == 0
            && UsgsRelease2025.Result.Facts.Sources.Single(s => s.Id == imported[(p.Commodity, p.Series, p.Stage, "USA", p.Year)].SourceId)
                .Title.Contains("_salient.csv", StringComparison.Ordinal)));
    }

    [Fact]
    public void Production_EstimateFlags_MatchTheCuratedExceptRareEarths2023()
    {
        // Given every curated production row (682, blank values included)
        var curated = LoadCurated(FactFiles.Production).Production;
        var imported = UsgsRelease2025.Result.Facts.Production.Where(p => p.Kind == OutputKind.Production)
            .ToDictionary(p => (p.Commodity, p.Series, p.Country.Code, p.Year));

        // When the is_estimate flags are compared
        var differences = curated.Where(c => imported[(c.Commodity, c.Series, c.Country.Code, c.Year)].IsEstimate != c.IsEstimate).ToList();

        // Then the only differences are rare-earth 2023 rows: the curated file marks the whole rare-earth column as estimated
        // because the chapter PDF heads it "Mine production e" (data/README-usgs.md); the release itself flags none of them.
        Assert.All(differences, d => Assert.Equal(("rare earths", 2023, true), (d.Commodity, d.Year, d.IsEstimate)));
        Assert.NotEmpty(differences);
    }

    [Fact]
    public void Reserves_EveryCuratedValue_EqualsTheImportedValue()
    {
        // Given the curated reserves extract, read raw so its split keys ("titanium mineral concentrates (rutile)") give the series
        var issues = new IssueLog();
        var reference = UsgsRelease2025.Reference;
        var rows = CsvFile.Read(Path.Combine(DataDirectory, FactFiles.Reserves), FactFiles.Reserves, issues, FactFiles.Columns[FactFiles.Reserves]);
        var imported = UsgsRelease2025.Result.Reserves.ToDictionary(r => (r.Fact.Commodity, r.Series, r.Fact.Country.Code));

        // When each numeric row is looked up by (canonical commodity, series, ISO3)
        var checkedValues = 0;
        var mismatches = new List<string>();
        foreach (var row in rows)
        {
            if (row.OptionalNumber("value") is not { } value)
            {
                continue;
            }
            checkedValues++;
            var raw = row.Required("commodity");
            var canonical = reference.Commodities.Find(raw)!.Name;
            var iso3 = row.Required("iso3");
            // A split key names its series; a plain key ("tellurium") is the commodity's only reserves series.
            var fact = raw == canonical
                ? UsgsRelease2025.Result.Reserves.SingleOrDefault(r => r.Fact.Commodity == canonical && r.Fact.Country.Code == iso3)
                : imported.GetValueOrDefault((canonical, ProductionReader.SeriesName(raw, canonical, Stage.Mining), iso3));
            var key = (raw, iso3);
            if (fact is null || fact.Fact.Value != value)
            {
                mismatches.Add($"{key}: curated {value}, imported {(fact is null ? "missing" : fact.Fact.Value)}");
            }
        }

        // Then all 192 numeric reserves (data/usgs/README.md) are equal, lower bounds included
        Assert.Empty(issues.Issues);
        Assert.Equal(192, checkedValues);
        Assert.Empty(mismatches);
    }

    [Fact]
    public void NetImportReliance_EveryCurated2024Value_EqualsTheSalientImport()
    {
        // Given the curated 2024 NIR values (data/usgs_mcs_us_trade.csv)
        var curated = LoadCurated(FactFiles.Trade).NetImportReliance.Where(n => n.Year == 2024).ToList();
        var imported = UsgsRelease2025.Result.Facts.NetImportReliance.ToDictionary(n => (n.Commodity, n.Series, n.Year));

        // When each is looked up by (commodity, series, year) in the salient import
        var mismatches = curated
            .Where(n => !imported.TryGetValue((n.Commodity, n.Series, n.Year), out var i) || i.Value != n.Value)
            .Select(n => $"{n.Commodity}/{n.Series}: curated {n.Value}, imported {(imported.TryGetValue((n.Commodity, n.Series, n.Year), out var i) ? i.Value.ToString() : "missing")}")
            .ToList();

        // Then every one of the 26 commodity series with a 2024 NIR matches, typed bounds and E included
        Assert.Equal(26, curated.Count);
        Assert.Empty(mismatches);
    }

    private static bool ChapterOnly(ProductionFact p) =>
        p.Commodity == "rare earths" && p.Value == 0 && p.Note is { } note && note.Contains("chapter", StringComparison.Ordinal);

    private static FactSet LoadCurated(string file)
    {
        var issues = new IssueLog();
        var facts = DatasetLoader.LoadFactFiles([Path.Combine(DataDirectory, file)], UsgsRelease2025.Reference, issues);
        issues.ThrowIfAny();
        return facts;
    }
}
