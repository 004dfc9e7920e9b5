using Lodestone.Data.Loading;
using Lodestone.Domain.Errors;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Loading;

/// <summary>The series rules (data/reference/stage_series.csv): a bad row names file, line and field.</summary>
public class SeriesRuleReaderTests
{
    private const string StageHeader = "commodity,stage,basis,series,world_excludes,reason\n";

    private static (SeriesRuleBook Book, IReadOnlyList<DataIssue> Issues) Load(string stages)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File(SeriesRuleReader.StageFile), stages);
        var issues = new IssueLog();
        var book = SeriesRuleReader.Load(dir.Path, DefaultData.Dataset.Commodities, issues);
        return (book, issues.Issues);
    }

    // Each case's bad row is line 3 (header, then a good row), so the error must point past the good row.
    public static TheoryData<string, string, string> BadStageRows => new()
    {
        // a basis outside the three
        { "silicon,refining,largest,silicon metal,,r", "basis", "expected production, published or none, got 'largest'" },
        // a stage name that is not canonical
        { "silicon,smelting,production,silicon metal,,r", "stage", "expected mining, refining, components or recycling, got 'smelting'" },
        // production without its series
        { "silicon,refining,production,,,r", "series", "expected the series that answers this stage (basis production)" },
        // none naming a series contradicts itself
        { "boron,mining,none,mine production,,r", "series", "a rule with basis none names no series, got 'mine production'" },
        // a world-total exclusion only means something for production
        { "cobalt,refining,published,refined cobalt,x,r", "world_excludes", "only a production rule takes series off a world total" },
        // a rule without its reason is not documented
        { "silicon,refining,production,silicon metal,,", "reason", "a value is required" },
        // the same commodity and stage twice
        { "helium,mining,production,helium production,,r", "stage", "helium at mining already has a rule on line 2" },
    };

    [Theory]
    [MemberData(nameof(BadStageRows))]
    public void Load_BadStageRule_ReportsFileLineField(string row, string field, string expected)
    {
        // Given a good row on line 2 and the bad one on line 3
        var (_, issues) = Load(StageHeader + "helium,mining,production,helium production,,r\n" + row + "\n");

        // Then
        var issue = Assert.Single(issues);
        Assert.Equal("reference/stage_series.csv:3:" + field + ": " + expected, issue.ToString());
    }

    [Fact]
    public void Load_GoodRules_AreFoundByCommodityAndStage()
    {
        // Given the helium rule with its world-total exclusion
        var (book, issues) = Load(StageHeader + "helium,mining,production,helium production,\"helium production, Cliffside Field\",r\n");

        Assert.Empty(issues);
        var rule = book.For("helium", Stage.Mining)!;
        Assert.Equal(SeriesBasis.Production, rule.Basis);
        Assert.Equal(["helium production, Cliffside Field"], rule.WorldExcludes);
        Assert.Null(book.For("helium", Stage.Refining));
    }
}
