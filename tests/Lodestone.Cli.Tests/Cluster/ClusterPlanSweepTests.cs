using System.Diagnostics;
using System.Text.Json;
using Lodestone.Data;
using Lodestone.Testing;

namespace Lodestone.Cli.Tests.Cluster;

/// <summary>Plans in a sweep on a cluster: each plan is solved once by the client and its replay runs in ranges on the
/// silos; every plan
/// cell equals <c>lodestone plan --robustness</c> for the same plan, scenario, runs and seed, byte for byte, on one
/// silo and on two.</summary>
public sealed class ClusterPlanSweepTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private const string Scenario = "china-2025-10-ree-expansion";

    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task SweepWithTwoPlans_OneSiloThenTwo_EachPlanCellIsPlanRobustness()
    {
        // Given PostgreSQL membership, a seeded store, and a sweep of 2 plans (the shipped rare-earth plan, and a file
        // plan with a cap of 0.6, both on direct content) × 2,000 runs (8 ranges of one 256-run block each) × seed 3,
        // planned on the day CliRunner's clock says (2026-11-23), beside one Monte Carlo cell of the scenario
        var cluster = await postgres.NewSchemaOrSkipAsync();
        var db = _temp.File("lodestone.db");
        await KnowledgeBaseOpener.OpenStoreAsync(db, seedIfEmpty: true, CancellationToken.None);
        var planFile = _temp.File("ree-60.yaml");
        var shipped = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "plans", "rare-earths.yaml"));
        await File.WriteAllTextAsync(planFile, shipped.Replace("\ncap: 0.5\n", "\ncap: 0.6\n",
            StringComparison.Ordinal));
        var sweep = _temp.File("plans.yaml");
        await File.WriteAllTextAsync(sweep, $$"""
            name: plans-on-silos
            scenarios: [{{Scenario}}]
            plans:
              - {plan: rare-earths, content: direct}
              - {plan: '{{planFile}}', content: direct}
            runs: 2000
            seeds: [3]
            as_of: 2026-11-23
            block_runs: 256
            horizon: 3
            """);
        var robustness = await PlanRobustnessAsync(db, planFile);
        var inProcess = await CliRunner.RunOnStoreAsync("--db", db, "sweep", sweep, "--format", "json");
        Assert.True(inProcess.ExitCode == 0, inProcess.Error);

        await using var first = await SiloProcess.StartAsync(db, cluster);
        // When the sweep runs on one silo, then on two
        var command = SiloProcess.Lodestone("--db", db, "sweep", sweep, "--cluster", cluster, "--format", "json");
        var one = await RunAsync(command);
        await using var second = await SiloProcess.StartAsync(db, cluster);
        var two = await RunAsync(command);

        // Then both ran on the cluster, and each plan cell is what `lodestone plan` writes, byte for byte; the whole
        // JSON is the in-process sweep's
        Assert.True(one.Exit == 0, one.Error);
        Assert.True(two.Exit == 0, two.Error);
        Assert.Contains("cluster lodestone (1 gateways at start)", one.Error, StringComparison.Ordinal);
        Assert.Contains("cluster lodestone (2 gateways at start)", two.Error, StringComparison.Ordinal);
        foreach (var run in new[] { one, two })
        {
            using var json = JsonDocument.Parse(run.Out);
            var cells = json.RootElement.GetProperty("plans").EnumerateArray()
                .Select(c => JsonSerializer.Serialize(c.GetProperty("robustness")));
            Assert.Equal(robustness, cells);
            Assert.Equal(inProcess.Out, run.Out);
        }
        Assert.NotEqual(robustness[0], robustness[1]);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>The <c>robustness</c> object of <c>lodestone plan --format json</c> for the two plans, as the sweep
    /// asks for them.</summary>
    private static async Task<List<string>> PlanRobustnessAsync(string db, string planFile)
    {
        var robustness = new List<string>();
        foreach (var (option, value) in new[] { ("--commodity", "rare earths"), ("--plan", planFile) })
        {
            var plan = await CliRunner.RunOnStoreAsync("--db", db, "plan", option, value, "--content", "direct",
                "--robustness", "2000", "--robustness-seed", "3", "--robustness-scenario", Scenario,
                "--format", "json");
            Assert.True(plan.ExitCode == 0, plan.Error);
            using var json = JsonDocument.Parse(plan.Out);
            robustness.Add(JsonSerializer.Serialize(json.RootElement.GetProperty("robustness")));
        }
        return robustness;
    }

    private sealed record Outcome(int Exit, string Out, string Error);

    /// <summary>Runs the CLI to the end, at most 5 minutes.</summary>
    private static async Task<Outcome> RunAsync(ProcessStartInfo info)
    {
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        return new Outcome(process.ExitCode, await stdout, await stderr);
    }
}
