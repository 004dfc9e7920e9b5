using System.Runtime.CompilerServices;

namespace Lodestone.Cli.Tests.Golden;

/// <summary>
/// The CLI's table, Markdown and CSV outputs, byte for byte, against files reviewed by hand (fixed clock, default dataset,
/// 100 columns; <see cref="CliRunner"/>). They pin what the smoke tests cannot: column order, headers, units, how a
/// missing value or a bound is written, wrapping. The figures themselves are pinned by the hand-worked tests of each
/// command; a golden file is re-written only with <c>LODESTONE_UPDATE_GOLDEN=1</c>, and its diff is read before it is
/// committed (a change of figure there must be explained by a change of data or method).
/// </summary>
public sealed class CliOutputGoldenTests
{
    public static TheoryData<string, string[]> Outputs => new()
    {
        { "brief.table.txt", ["brief", "--year", "2024", "--as-of", "2026-01-01"] },
        { "brief.md", ["brief", "--year", "2024", "--as-of", "2026-01-01", "--format", "markdown"] },
        { "brief.csv", ["brief", "--year", "2024", "--as-of", "2026-01-01", "--format", "csv"] },
        { "exposure-gallium.table.txt", ["exposure", "--commodity", "gallium", "--year", "2024"] },
        { "exposure-gallium-jpn.csv", ["exposure", "--commodity", "gallium", "--importer", "JPN", "--year", "2024", "--format", "csv"] },
        { "trade-antimony-tjk.table.txt", ["trade", "--commodity", "antimony", "--exporter", "TJK", "--year", "2024"] },
        { "trade-antimony-tjk.csv", ["trade", "--commodity", "antimony", "--exporter", "TJK", "--year", "2024", "--format", "csv"] },
    };

    [Theory]
    [MemberData(nameof(Outputs))]
    public async Task Output_IsTheReviewedGoldenFile(string file, string[] args)
    {
        var run = await CliRunner.RunAsync(args);

        Assert.True(run.ExitCode == 0, run.Error);
        var path = Path.Combine(ExpectedDirectory(), file);
        if (Environment.GetEnvironmentVariable("LODESTONE_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(path, run.Out);
        }
        Assert.True(File.Exists(path), $"no golden file {file}: run once with LODESTONE_UPDATE_GOLDEN=1, read it, commit it");
        var expected = (await File.ReadAllTextAsync(path)).ReplaceLineEndings("\n");
        var actual = run.Out.ReplaceLineEndings("\n");
        Assert.True(expected == actual, FirstDifference(file, expected, actual));
    }

    /// <summary>The first line that differs, both ways: enough to see what changed without dumping two whole outputs.</summary>
    private static string FirstDifference(string file, string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of output>";
            if (el != al)
            {
                return $"{file} differs at line {i + 1}:\n  golden: {el}\n  output: {al}\n(LODESTONE_UPDATE_GOLDEN=1 re-writes it; review the diff)";
            }
        }
        return $"{file}: same lines, different line endings";
    }

    /// <summary>The source folder of the golden files (not the build output), so an update lands in the repository.</summary>
    private static string ExpectedDirectory([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Expected");
}
