using System.Text.Json;
using Lodestone.Testing;

namespace Lodestone.Cli.Tests.Commands.Sweep;

public class SweepCommandTests
{
    [Fact]
    public async Task Json_WholeScenarioTwoSeeds_EachCellIsSimulateWithThatSeed()
    {
        // Given a sweep of one whole scenario × 700 runs × seeds 3 and 4 over 6 months, in work items of 256 runs
        using var dir = new TempDirectory();
        var file = dir.File("s.yaml");
        await File.WriteAllTextAsync(file, "name: two-seeds\nscenarios: [china-2024-12-us-ban-ga-ge-sb]\nruns: 700\nseeds: [3, 4]\nblock_runs: 256\nhorizon: 6\n");

        // When
        var sweep = await CliRunner.RunAsync("sweep", file, "--format", "json");

        // Then each cell's result is, node for node, what `simulate` writes for the same scenario, runs, seed and horizon
        Assert.True(sweep.ExitCode == 0, sweep.Error);
        using var json = JsonDocument.Parse(sweep.Out);
        Assert.Equal("two-seeds", json.RootElement.GetProperty("sweep").GetString());
        var cells = json.RootElement.GetProperty("cells");
        Assert.Equal(2, cells.GetArrayLength());
        foreach (var (cell, seed) in cells.EnumerateArray().Zip(["3", "4"]))
        {
            var simulate = await CliRunner.RunAsync("simulate", "china-2024-12-us-ban-ga-ge-sb", "--runs", "700", "--seed", seed, "--horizon", "6", "--format", "json");
            Assert.True(simulate.ExitCode == 0, simulate.Error);
            using var alone = JsonDocument.Parse(simulate.Out);
            Assert.Equal(JsonValueKind.Null, cell.GetProperty("commodity").ValueKind);
            Assert.Equal(JsonSerializer.Serialize(alone.RootElement), JsonSerializer.Serialize(cell.GetProperty("result")));
        }
    }

    [Fact]
    public async Task BadFile_ExitThreeWithFileLineField()
    {
        // Given a sweep file asking for plans
        using var dir = new TempDirectory();
        var file = dir.File("p.yaml");
        await File.WriteAllTextAsync(file, "scenarios: [baseline]\nruns: 10\nplans: [x]\n");

        // When
        var (exit, _, error) = await CliRunner.RunAsync("sweep", file);

        // Then invalid data (exit 3), naming the file, line 3 and the field
        Assert.Equal(3, exit);
        Assert.Contains(file + ":3: plans: plans are not swept yet", error, StringComparison.Ordinal);
    }
}
