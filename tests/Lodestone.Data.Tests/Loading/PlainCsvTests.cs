using CsCheck;
using Lodestone.Data.Loading;
using Lodestone.Testing;
using Lodestone.Testing.Fuzzing;

namespace Lodestone.Data.Tests.Loading;

/// <summary>The plain pass reads only files the full parser (<see cref="CsvFile"/>) reads without an issue, into the
/// same cells, and gives up on everything else.</summary>
public sealed class PlainCsvTests : IDisposable
{
    private static readonly string[] Header = ["a", "b", "c"];
    private readonly TempDirectory _temp = new();

    private (bool Read, List<string[]> Rows) Plain(string text, IReadOnlyList<string>? header = null)
    {
        var path = Path.Combine(_temp.Path, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text);
        var rows = new List<string[]>();
        var read = PlainCsv.TryRead(path, header ?? Header, (line, fields) =>
        {
            var cells = new string[fields.Length];
            for (var i = 0; i < fields.Length; i++)
            {
                cells[i] = line[fields[i]].ToString();
            }
            rows.Add(cells);
            return true;
        });
        return (read, rows);
    }

    [Fact]
    public void TryRead_QuotedCommasDoubledQuotesAndCrlf_SplitsAtTheFieldCommasOnly()
    {
        // Given a quoted field holding a comma and a doubled quote, CRLF line ends and no newline after the last line
        var (read, rows) = Plain("a,b,c\r\n1,\"x, \"\"y\"\"\",z\r\n,,last");

        // Then two rows of three fields; the quoted field keeps its quotes (the caller unquotes or gives up)
        Assert.True(read);
        Assert.Equal([["1", "\"x, \"\"y\"\"\"", "z"], ["", "", "last"]], rows);
    }

    /// <summary>Each case is something the full parser repairs, skips or reports: the plain pass must hand the file
    /// over.</summary>
    [Theory]
    [InlineData("\uFEFFa,b,c\n1,2,3\n")]      // byte-order mark (the full parser strips it from the header)
    [InlineData("a,b,c\n1,\0,3\n")]           // NUL: an issue
    [InlineData("a,b,c\n1,2,3\n\n4,5,6\n")]   // blank line: skipped by the full parser
    [InlineData("a,b,c\n1,2\r3\n")]           // bare carriage return: a line end to CsvHelper
    [InlineData("a,b,c\n1,x\"y,3\n")]         // stray quote inside a field: an issue
    [InlineData("a,b,c\n1,\"x\" ,3\n")]       // text after a closing quote
    [InlineData("a,b,c\n1,\"x\n,y\",3\n")]    // quoted field over two lines
    [InlineData("a,b,c\n1,2\n")]              // too few fields
    [InlineData("a,b,c\n1,2,3,4\n")]          // too many fields
    [InlineData("a,c,b\n1,2,3\n")]            // columns in another order
    [InlineData("a, b,c\n1,2,3\n")]           // header cell with a space (the full parser trims it)
    [InlineData("")]                          // empty file: an issue
    public void TryRead_WhatOnlyTheFullParserJudges_GivesUp(string text)
    {
        Assert.False(Plain(text).Read);
    }

    [Fact]
    public void TryRead_CallerGivesUp_GivesUp()
    {
        var path = Path.Combine(_temp.Path, "rows.csv");
        File.WriteAllText(path, "a,b,c\n1,2,3\n");

        Assert.False(PlainCsv.TryRead(path, Header, (_, _) => false));
    }

    [Fact]
    public void TryRead_MutatedShippedRows_ReadsOnlyWhatCsvFileReadsWithoutIssue_ToTheSameCells()
    {
        // Given the shipped trade matrix's first 40 lines (quoted names with commas, accents) and the series' first 40
        var matrix = Path.Combine(DefaultData.Directory, "trade", "baci_hs17_v202601_2024_critical.csv");
        var series = Path.Combine(DefaultData.Directory, "trade", "baci_topn_values_2002_2024.csv");
        var seeds = new[] { matrix, series }.Select(p => string.Join('\n', File.ReadLines(p).Take(40)) + "\n")
            .ToArray();
        var headers = seeds.Select(s => s.Split('\n')[0].Split(',')).ToArray();
        var read = 0;

        // When each is edited at random (CSV syntax inserted, spans cut, duplicated or swapped), and read as either
        // file
        Mutations.Of(seeds).Sample(text =>
        {
            foreach (var header in headers)
            {
                var (plainRead, plainRows) = Plain(text, header);
                if (!plainRead)
                {
                    continue;
                }
                // Then a file the plain pass read is one CsvFile reads without an issue, to the same rows and cells
                Interlocked.Increment(ref read);
                var path = Path.Combine(_temp.Path, Guid.NewGuid().ToString("N") + ".csv");
                File.WriteAllText(path, text);
                var issues = new IssueLog();
                var full = CsvFile.Read(path, "f.csv", issues, header);
                Assert.False(issues.HasErrors, string.Join("; ", issues.Issues));
                var kept = plainRows.Select(r => r.Select(Unquote).ToArray())
                    .Where(r => !r.All(string.IsNullOrWhiteSpace)).ToList();
                Assert.Equal(kept, full.Select(r => header.Select(c => r.Raw(c)!).ToArray()).ToList());
            }
        }, iter: 400);

        Assert.True(read > 0, "no mutated file was read by the plain pass");
    }

    private static string Unquote(string cell) =>
        cell.StartsWith('"') ? cell[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : cell;

    public void Dispose() => _temp.Dispose();
}
