using Lodestone.Testing;

namespace Lodestone.Cli.Tests.Commands.Data;

/// <summary>A data import that changes a figure of the brief raises its alert from the CLI (issue 16 item 4).</summary>
public sealed class ImportAlertTests
{
    [Fact]
    public async Task Import_AnotherChineseTungstenControlInForce_RaisesOneAlertTwoToThree()
    {
        // Given a file of one more Chinese licence requirement on tungsten, in force, for all destinations (the shipped
        // CHN-2025-010-TU row under a new id and date)
        using var dir = new TempDirectory();
        var folder = Directory.CreateDirectory(dir.File("import")).FullName;
        var shipped = File.ReadAllLines(Path.Combine(DefaultData.Directory, "export_controls.csv"));
        var row = shipped.Single(l => l.StartsWith("CHN-2025-010-TU,", StringComparison.Ordinal))
            .Replace("CHN-2025-010-TU,2025-02-04,2025-02-04,", "CHN-2026-099-TU,2026-01-05,2026-01-05,", StringComparison.Ordinal);
        File.WriteAllLines(Path.Combine(folder, "export_controls.csv"), [shipped[0], row]);
        var db = dir.File("lodestone.db");

        // When it is imported (the CLI's clock says 2026-11-23)
        var run = await CliRunner.RunOnStoreAsync("--db", db, "data", "import", folder);

        // Then tungsten's controls in force go from 2 to 3 and nothing else in the brief moves: data/export_controls.csv has two
        // Chinese controls covering tungsten that apply to the United States on 2026-11-23, CHN-2025-010-TU (all destinations)
        // and CHN-2024-046-MIL (all dual-use items to U.S. military end users; tungsten is a dual-use item from 2025-02-04), and
        // tungsten's flag already says China controls exports
        Assert.Equal(0, run.ExitCode);
        var alerts = run.Error.Split('\n').Where(l => l.StartsWith("alert ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["alert 1: tungsten controls in force: 2 → 3"], alerts);
    }
}
