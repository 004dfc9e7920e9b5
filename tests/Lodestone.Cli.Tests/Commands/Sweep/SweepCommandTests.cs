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
        await File.WriteAllTextAsync(file,
            "name: two-seeds\nscenarios: [china-2024-12-us-ban-ga-ge-sb]\nruns: 700\nseeds: [3, 4]\nblock_runs: 256\nhorizon: 6\n");

        // When
        var sweep = await CliRunner.RunAsync("sweep", file, "--format", "json");

        // Then each cell's result is, node for node, what `simulate` writes for the same scenario, runs, seed and
        // horizon
        Assert.True(sweep.ExitCode == 0, sweep.Error);
        using var json = JsonDocument.Parse(sweep.Out);
        Assert.Equal("two-seeds", json.RootElement.GetProperty("sweep").GetString());
        var cells = json.RootElement.GetProperty("cells");
        Assert.Equal(2, cells.GetArrayLength());
        foreach (var (cell, seed) in cells.EnumerateArray().Zip(["3", "4"]))
        {
            var simulate = await CliRunner.RunAsync("simulate", "china-2024-12-us-ban-ga-ge-sb", "--runs", "700",
                "--seed", seed, "--horizon", "6", "--format", "json");
            Assert.True(simulate.ExitCode == 0, simulate.Error);
            using var alone = JsonDocument.Parse(simulate.Out);
            Assert.Equal(JsonValueKind.Null, cell.GetProperty("commodity").ValueKind);
            Assert.Equal(JsonSerializer.Serialize(alone.RootElement),
                JsonSerializer.Serialize(cell.GetProperty("result")));
        }
    }

    [Fact]
    public async Task Json_TwoPlans_EachPlanCellIsPlanRobustnessWithThatScenarioAndSeed()
    {
        // Given the shipped rare-earth plan on direct content, and a file plan (the same plan with a cap of 0.6),
        // replayed under China's October 2025 expansion × 700 runs (3 blocks) × seeds 1 and 6, in ranges of one block
        using var dir = new TempDirectory();
        var planFile = dir.File("ree-60.yaml");
        var shipped = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "plans", "rare-earths.yaml"));
        Assert.Contains("\ncap: 0.5\n", shipped, StringComparison.Ordinal);
        await File.WriteAllTextAsync(planFile, shipped.Replace("\ncap: 0.5\n", "\ncap: 0.6\n",
            StringComparison.Ordinal));
        var file = dir.File("plans.yaml");
        await File.WriteAllTextAsync(file, $$"""
            name: plans
            scenarios: [china-2025-10-ree-expansion]
            plans:
              - {plan: rare-earths, content: direct}
              - {plan: '{{planFile}}', content: direct}
            runs: 700
            seeds: [1, 6]
            block_runs: 256
            horizon: 3
            """);

        // When
        var sweep = await CliRunner.RunAsync("sweep", file, "--format", "json");

        // Then 4 plan cells (plan, then seed), each with the `robustness` object `lodestone plan` writes for the same
        // plan, options, scenario, runs and seed, byte for byte (both plan on the runner's day)
        Assert.True(sweep.ExitCode == 0, sweep.Error);
        using var json = JsonDocument.Parse(sweep.Out);
        var cells = json.RootElement.GetProperty("plans").EnumerateArray().ToList();
        Assert.Equal(4, cells.Count);
        var asked = new[] { ("rare-earths", "--commodity", "rare earths", "1"), ("rare-earths", "--commodity",
            "rare earths", "6"),
            (planFile, "--plan", planFile, "1"), (planFile, "--plan", planFile, "6") };
        foreach (var (cell, (name, option, value, seed)) in cells.Zip(asked))
        {
            var plan = await CliRunner.RunAsync("plan", option, value, "--content", "direct", "--robustness", "700",
                "--robustness-seed", seed,
                "--robustness-scenario", "china-2025-10-ree-expansion", "--format", "json");
            Assert.True(plan.ExitCode == 0, plan.Error);
            using var alone = JsonDocument.Parse(plan.Out);
            Assert.Equal(name, cell.GetProperty("plan").GetString());
            Assert.Equal("rare earths", cell.GetProperty("commodity").GetString());
            Assert.Equal(JsonSerializer.Serialize(alone.RootElement.GetProperty("robustness")),
                JsonSerializer.Serialize(cell.GetProperty("robustness")));
        }
        // and the two caps make two different plans
        Assert.NotEqual(cells[0].GetProperty("robustness").GetRawText(),
            cells[2].GetProperty("robustness").GetRawText());
    }

    [Theory]
    [InlineData("plans: [nope]\n",
        ":3: plans[0]: 'nope' is neither a plan YAML file nor a shipped plan (one of: rare-earths)", 3)]
    [InlineData("plans:\n  - plan: rare-earths\n    cap: 1.5\n", ":5: plans[0].cap is a share between 0 and 1", 2)]
    [InlineData("plans:\n  - plan: rare-earths\n    budget: lots\n",
        ":5: plans[0].budget: expected an amount in USD, got 'lots'", 3)]
    [InlineData("plans:\n  - plan: rare-earths\n    content: exact\n",
        ":5: plans[0].content: 'exact' is not traced or direct", 2)]
    [InlineData("plans: [a]\nrun: 10\n", ":4: run: unknown field", 3)]
    public async Task BadPlans_ErrorWithFileLineField(string tail, string expected, int code)
    {
        // Given a sweep file whose plans (from line 3) are wrong
        using var dir = new TempDirectory();
        var file = dir.File("p.yaml");
        await File.WriteAllTextAsync(file, "scenarios: [baseline]\nruns: 10\n" + tail);

        // When
        var (exit, _, error) = await CliRunner.RunAsync("sweep", file);

        // Then one line naming the file, the line and the field
        Assert.Equal(code, exit);
        Assert.Contains(file + expected, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }
}
