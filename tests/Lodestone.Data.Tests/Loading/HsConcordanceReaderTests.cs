using Lodestone.Data.Loading;
using Lodestone.Domain.Errors;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Loading;

/// <summary>data/reference/hs_concordance.csv: the shipped table as UNSD's correlation sheets give it, and bad rows
/// named by file, line and field.</summary>
public class HsConcordanceReaderTests
{
    private const string Header = "nomenclature,hs6,hs17,relationship,other_hs17,source_ids\n";

    private static readonly IReadOnlySet<string> Mapped =
        new HashSet<string>(["811292", "252800"], StringComparer.Ordinal);

    private static readonly IReadOnlySet<string> Sources =
        new HashSet<string>(["unsd-hs17-hs92"], StringComparer.Ordinal);

    private static (List<HsLink> Links, IReadOnlyList<DataIssue> Issues) Load(string text)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File(HsConcordanceReader.File), text);
        var issues = new IssueLog();
        return (HsConcordanceReader.Load(dir.Path, Mapped, Sources, issues), issues.Issues);
    }

    // Line 2 is good; each case's bad row is line 3.
    public static TheoryData<string, string, string> BadRows => new()
    {
        {
            "HS88,252810,252800,n:1,,unsd-hs17-hs92", "nomenclature",
            "expected one of HS92, HS96, HS02, HS07, HS12, HS22, got 'HS88'"
        },
        { "HS92,25281,252800,n:1,,unsd-hs17-hs92", "hs6", "expected six digits such as 811292, got '25281'" },
        { "HS92,261000,261000,1:1,,unsd-hs17-hs92", "hs17", "261000 is not mapped in HS17 by hs_codes.csv" },
        { "HS92,252890,252800,2:1,,unsd-hs17-hs92", "relationship", "expected 1:1, n:1, 1:n or n:n, got '2:1'" },
        { "HS92,252810,252800,n:1,,unsd-hs17-hs92", "hs17", "HS92 252810 -> 252800 twice; first on line 2" },
        {
            "HS92,252890,252800,n:1,,unsd-hs17-hs96", "source_ids",
            "unknown source id 'unsd-hs17-hs96' (expected an id from reference/sources.csv)"
        },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public void Load_BadRow_ReportsFileLineField(string row, string field, string expected)
    {
        var (_, issues) = Load(Header + "HS92,252810,252800,n:1,,unsd-hs17-hs92\n" + row + "\n");

        var issue = Assert.Single(issues);
        Assert.Equal("reference/hs_concordance.csv:3:" + field + ": " + expected, issue.ToString());
    }

    [Fact]
    public void Shipped_EveryMappedHs17Code_IsLinkedInEveryRevision()
    {
        // Every HS17 code hs_codes.csv maps has at least one row per revision BACI distributes besides HS17: the script
        // refuses to write a table that lacks one, and this pins the shipped file
        var reference = DatasetLoader.LoadReference(DefaultData.Directory);
        var mapped = reference.HsCodes!.Where(c => c.Nomenclature == "HS17").Select(c => c.Hs6).ToList();
        foreach (var revision in HsConcordanceReader.Revisions)
        {
            var linked = reference.HsLinks!.Where(l => l.Nomenclature == revision).Select(l => l.Hs17).ToHashSet();
            Assert.Empty(mapped.Where(c => !linked.Contains(c)).Select(c => revision + " " + c));
        }
    }

    [Fact]
    public void Shipped_SplitsAndMerges_AreAsUnsdGivesThem()
    {
        // Rows read by hand from UNSD's correlation sheets (HS2017toHS1992 …, HS2022toHS2017), 2026-12-05
        var links = DatasetLoader.LoadReference(DefaultData.Directory).HsLinks!;
        string Row(string revision, string hs6, string hs17)
        {
            var l = Assert.Single(links, l => l.Nomenclature == revision && l.Hs6 == hs6 && l.Hs17 == hs17);
            return $"{l.Relationship} {l.OtherHs17}";
        }

        // HS92 8112.91 (other unwrought metals of heading 8112, thallium included) went to 8112.92 and thallium's
        // 8112.51/52
        Assert.Equal("n:n 811251;811252", Row("HS92", "811291", "811292"));
        // HS92 8101.91 (unwrought tungsten with its waste and scrap) split into 8101.94 and scrap 8101.97
        Assert.Equal("1:n 810197", Row("HS92", "810191", "810194"));
        // HS07 natural sodium borates 2528.10 and other borates 2528.90 were merged into 2528.00
        Assert.Equal("n:1 ", Row("HS07", "252810", "252800"));
        // HS22 took hafnium (8112.31) and rhenium (8112.41) out of 8112.92
        Assert.Equal("n:1 ", Row("HS22", "811231", "811292"));
        // HS12 changed none of the mapped codes
        Assert.All(links.Where(l => l.Nomenclature == "HS12"),
            l => Assert.Equal(("1:1", l.Hs17), (l.Relationship, l.Hs6)));
    }
}
