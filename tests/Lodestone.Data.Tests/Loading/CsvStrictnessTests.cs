using System.Text;
using Lodestone.Data.Loading;
using Lodestone.Domain.Errors;
using Lodestone.Testing;

namespace Lodestone.Data.Tests.Loading;

/// <summary>CSV files are strict UTF-8 without NUL, with each column named once; every problem names file, line and field.</summary>
public sealed class CsvStrictnessTests
{
    private const string Header = "commodity,stage,country,iso3,year,value,unit,is_estimate,source,note";
    private const string GoodRow = "gallium,refinery,China,CHN,2024,750000,kilograms,true,USGS MCS 2025 World Data Release,";

    private static IReadOnlyList<DataIssue> Load(byte[] content)
    {
        using var dir = new TempDirectory();
        var path = dir.File("usgs_mcs_production.csv");
        File.WriteAllBytes(path, content);
        var issues = new IssueLog();
        var facts = DatasetLoader.LoadFactFiles([path], DatasetLoader.LoadReference(DefaultData.Directory), issues);
        Assert.True(issues.HasErrors, $"expected issues, got {facts.Production.Count} production rows");
        return issues.Issues;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Read_InvalidUtf8InACell_NamesLineAndField()
    {
        // Given a Latin-1 "é" (0xE9, not UTF-8) in the note of line 3
        var content = Utf8(Header + "\n" + GoodRow + "\n" + GoodRow.Replace("2024", "2023", StringComparison.Ordinal))
            .Concat("caf"u8.ToArray()).Append((byte)0xE9).Concat("\n"u8.ToArray()).ToArray();

        var issue = Assert.Single(Load(content));

        Assert.Equal(("usgs_mcs_production.csv", 3, "note"), (issue.File, issue.Line, issue.Field));
        Assert.Contains("invalid UTF-8", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NulInACell_NamesLineAndField()
    {
        var issue = Assert.Single(Load(Utf8(Header + "\n" + GoodRow.Replace("China,", "Ch\0ina,", StringComparison.Ordinal) + "\n")));

        Assert.Equal((2, "country"), (issue.Line, issue.Field));
        Assert.Contains("NUL", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ColumnNamedTwice_IsRefusedAtTheHeader()
    {
        // Given a second value column after the note: it silently won before
        var issue = Assert.Single(Load(Utf8(Header + ",value\n" + GoodRow + ",1\n")));

        Assert.Equal((1, "value"), (issue.Line, issue.Field));
        Assert.Contains("appears 2 times", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Utf8WithByteOrderMarkAndAccents_IsAccepted()
    {
        // Given a valid file with a BOM and a non-ASCII note
        using var dir = new TempDirectory();
        var path = dir.File("usgs_mcs_production.csv");
        File.WriteAllText(path, Header + "\n" + GoodRow + "Réunion estimate\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        var issues = new IssueLog();

        var facts = DatasetLoader.LoadFactFiles([path], DatasetLoader.LoadReference(DefaultData.Directory), issues);

        Assert.Empty(issues.Issues);
        Assert.Equal("Réunion estimate", Assert.Single(facts.Production).Note);
    }
}
