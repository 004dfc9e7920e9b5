using Lodestone.Data.Loading;
using Lodestone.Domain.Errors;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Loading;

/// <summary>Bad input gives an error naming file, line and field, and a file with any error yields nothing.</summary>
public class ValidationTests
{
    private const string ProductionHeader = "commodity,stage,country,iso3,year,value,unit,is_estimate,source,note";
    private const string GoodRow = "gallium,refinery,China,CHN,2024,750000,kilograms,true,USGS MCS 2025 World Data Release,";

    private static IReadOnlyList<DataIssue> Load(string fileName, string content)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File(fileName), content);
        var issues = new IssueLog();
        var reference = DatasetLoader.LoadReference(DefaultData.Directory);
        var facts = DatasetLoader.LoadFactFiles([dir.File(fileName)], reference, issues);
        if (!issues.HasErrors)
        {
            Assert.Fail("expected validation issues, got " + facts.Production.Count + " production rows");
        }
        return issues.Issues;
    }

    // Each case: the bad line is line 3 (header on 1, a good row on 2), so the error must point past the good row.
    public static TheoryData<string, string, string, string> BadProductionRows => new()
    {
        // unknown ISO code
        { GoodRow + "\nrare earths,mine,Atlantis,ATL,2024,100,metric tons,true,src,", "usgs_mcs_production.csv:3:iso3", "unknown ISO 3166-1 alpha-3 code 'ATL'", "iso3" },
        // negative quantity
        { GoodRow + "\nrare earths,mine,China,CHN,2024,-5,metric tons,true,src,", "usgs_mcs_production.csv:3:value", "non-negative", "value" },
        // not a number (thousands separator in the invariant culture is not accepted silently)
        { GoodRow + "\nrare earths,mine,China,CHN,2024,\"1,860\",metric tons,true,src,", "usgs_mcs_production.csv:3:value", "expected a number", "value" },
        // unknown commodity
        { GoodRow + "\nunobtainium,mine,China,CHN,2024,5,metric tons,true,src,", "usgs_mcs_production.csv:3:commodity", "unknown commodity", "commodity" },
        // duplicate key
        { GoodRow + "\n" + GoodRow, "usgs_mcs_production.csv:3:iso3", "duplicate key", "iso3" },
        // truncated line (the file was cut mid-row)
        { GoodRow + "\nrare earths,mine,China,CHN,20", "usgs_mcs_production.csv:3:value", "expected 10 fields", "value" },
        // impossible years: two digits, one past the last year allowed, one before the first; the message names
        // the range
        { GoodRow + "\nrare earths,mine,China,CHN,24,5,metric tons,true,src,", "usgs_mcs_production.csv:3:year",
            "expected a year from 1800 to 2200, got '24'", "year" },
        { GoodRow + "\nrare earths,mine,China,CHN,2201,5,metric tons,true,src,", "usgs_mcs_production.csv:3:year",
            "expected a year from 1800 to 2200, got '2201'", "year" },
        { GoodRow + "\nrare earths,mine,China,CHN,1799,5,metric tons,true,src,", "usgs_mcs_production.csv:3:year",
            "expected a year from 1800 to 2200, got '1799'", "year" },
    };

    [Theory]
    [MemberData(nameof(BadProductionRows))]
    public void LoadFactFiles_BadProductionRow_ReportsFileLineField(string body, string location, string expected, string field)
    {
        var issues = Load("usgs_mcs_production.csv", ProductionHeader + "\n" + body + "\n");

        var issue = Assert.Single(issues);
        Assert.StartsWith(location, issue.ToString(), StringComparison.Ordinal);
        Assert.Contains(expected, issue.Message, StringComparison.Ordinal);
        Assert.Equal(field.Length == 0 ? null : field, issue.Field);
    }

    [Theory]
    [InlineData("(")]
    [InlineData(" ; ")]
    public void LoadFactFiles_ExportControlTargetsOfSeparatorsOnly_IsAnIssueAtTargets(string targets)
    {
        // Found by scripts/fuzz facts: the leading code of the targets was taken from an empty split (IndexOutOfRangeException).
        var shipped = File.ReadLines(Path.Combine(DefaultData.Directory, "export_controls.csv")).Take(2).ToArray();
        Assert.Contains(",all destinations,", shipped[1], StringComparison.Ordinal);
        var row = shipped[1].Replace(",all destinations,", "," + targets + ",", StringComparison.Ordinal);

        var issues = Load("export_controls.csv", shipped[0] + "\n" + row + "\n");

        var issue = Assert.Single(issues);
        Assert.StartsWith("export_controls.csv:2:targets", issue.ToString(), StringComparison.Ordinal);
        Assert.Contains("expected 'all destinations' or a country code", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFactFiles_ShareOf140Percent_IsRejected()
    {
        var content = "commodity,year,net_import_reliance_pct,nir_note,import_source_country,iso3,import_share_pct,period,source,import_category\n"
                      + "gallium,2024,100,,China,CHN,140,2021-24,USGS MCS 2026,\n";

        var issue = Assert.Single(Load("usgs_mcs_us_trade.csv", content));

        Assert.Equal("usgs_mcs_us_trade.csv:2:import_share_pct: expected a percentage between 0 and 100, got 140", issue.ToString());
    }

    [Fact]
    public void LoadFactFiles_SharesSummingOver100Percent_AreRejected()
    {
        var content = "commodity,year,net_import_reliance_pct,nir_note,import_source_country,iso3,import_share_pct,period,source,import_category\n"
                      + "gallium,2024,100,,China,CHN,70,2021-24,USGS MCS 2026,Metal\n"
                      + "gallium,2024,100,,Japan,JPN,70,2021-24,USGS MCS 2026,Metal\n";

        var issue = Assert.Single(Load("usgs_mcs_us_trade.csv", content));

        Assert.Contains("sum to 140 %", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFactFiles_ImportCategoryWithoutStageRule_IsRejectedWithItsLine()
    {
        // "Metal" is gallium's category in reference/usgs_import_categories.csv; "Powder" has no rule there.
        var content = "commodity,year,net_import_reliance_pct,nir_note,import_source_country,iso3,import_share_pct,period,source,import_category\n"
                      + "gallium,2024,100,,China,CHN,20,2021-24,USGS MCS 2026,Powder\n";

        var issue = Assert.Single(Load("usgs_mcs_us_trade.csv", content));

        Assert.Equal("usgs_mcs_us_trade.csv:2:import_category: no rule for (gallium, Powder) in reference/usgs_import_categories.csv: add one naming the stage the category describes",
            issue.ToString());
    }

    [Fact]
    public void LoadFactFiles_MissingColumn_NamesTheColumn()
    {
        var issue = Assert.Single(Load("usgs_mcs_production.csv", "commodity,stage,country\ngallium,refinery,China\n"));

        Assert.Equal(1, issue.Line);
        Assert.Contains("missing column(s): iso3", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFactFiles_ImpossibleDate_IsRejected()
    {
        var header = "id,date,parties,type,commodities,amount_usd,amount_note,summary,status,source,source_url,read_via,notes\n";
        var issue = Assert.Single(Load("agreements.csv", header + "X-1,2025-02-30,USA;JPN,MoU,rare earths,,,s,signed,src,,,\n"));

        Assert.Equal("agreements.csv:2:date: expected a real date YYYY, YYYY-MM or YYYY-MM-DD, got '2025-02-30'", issue.ToString());
    }

    [Fact]
    public void LoadDirectory_AnyBadFile_LoadsNothingAndListsEveryIssue()
    {
        // Given a copy of the default data with two bad rows in different files
        using var dir = new TempDirectory();
        CopyDirectory(DefaultData.Directory, dir.Path);
        File.AppendAllText(Path.Combine(dir.Path, "projects.csv"), "BAD-1,Bad project,XXX,,,rare earths,mining,,,,planned,,,,,,,src,,,\n");
        File.AppendAllText(Path.Combine(dir.Path, "agreements.csv"), "BAD-2,2025-02-30,USA;JPN,MoU,rare earths,,,s,signed,src,,,\n");

        // When / Then
        var error = Assert.Throws<DataValidationException>(() => DatasetLoader.LoadDirectory(dir.Path));
        Assert.Contains(error.Issues, i => i.File == "projects.csv" && i.Field == "country");
        Assert.Contains(error.Issues, i => i.File == "agreements.csv" && i.Field == "date");
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
