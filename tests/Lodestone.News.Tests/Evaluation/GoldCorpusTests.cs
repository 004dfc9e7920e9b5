using Lodestone.Domain.Errors;
using Lodestone.News.Evaluation;
using Lodestone.Testing;

namespace Lodestone.News.Tests.Evaluation;

public sealed class GoldCorpusTests
{
    [Fact]
    public void Load_MalformedLines_ReportsFileLineAndField()
    {
        // Given a folder with one article and labels whose second and third lines are wrong
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("a.txt"), "Title: A\n\nText.");
        File.WriteAllLines(dir.File("gold.jsonl"),
        [
            """{"file":"a.txt","published":"2025-01-02","countries":["USA"],"commodities":[],"event_types":["policy"],"dates":["policy:2025-01"],"quantities":["capacity:10000"]}""",
            """{"file":"missing.txt","event_types":["merger"]}""",
            """{"file":"a.txt","dates":["policy:Jan 2025"],"quantities":["tonnes:5"]}""",
        ]);

        // When it is loaded
        var e = Assert.Throws<DataValidationException>(() => GoldCorpus.Load(dir.Path));

        // Then each problem names gold.jsonl, its line and field, and what was expected
        var issues = e.Issues.Select(i => i.ToString()).ToList();
        Assert.Contains(issues, i => i.Contains("gold.jsonl:2:file", StringComparison.Ordinal) && i.Contains("missing.txt", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Contains("gold.jsonl:2:event_types", StringComparison.Ordinal) && i.Contains("merger", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Contains("gold.jsonl:3:dates", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Contains("gold.jsonl:3:quantities", StringComparison.Ordinal));
        Assert.DoesNotContain(issues, i => i.Contains("gold.jsonl:1:", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NoLabelsFile_SaysWhatIsExpected()
    {
        using var dir = new TempDirectory();
        var e = Assert.Throws<DataValidationException>(() => GoldCorpus.Load(dir.Path));
        Assert.Contains("gold.jsonl", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_QuantityLabels_AreNormalised()
    {
        // "capacity:10000.0" and "capacity:10000" name the same quantity
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("a.txt"), "Title: A\n\nText.");
        File.WriteAllText(dir.File("gold.jsonl"), """{"file":"a.txt","quantities":["capacity:10000.0","other:4535.9237"]}""");

        var article = Assert.Single(GoldCorpus.Load(dir.Path).Articles);

        Assert.Equal(["capacity:10000", "other:4535.924"], article.Quantities);
    }
}
