using System.Text.Json;
using Lodestone.Data;
using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Replays;
using Lodestone.Simulation.Scenarios;
using Lodestone.Simulation.Sweeps;
using Lodestone.Testing;

namespace Lodestone.Simulation.Tests.Sweeps;

public class SweepRunnerTests
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static readonly ScenarioLibrary Library = new(ScenarioPaths.DefaultDirectory, DataPaths.DefaultDataDirectory);

    private static SweepModels Models() => new(Library, DefaultData.Dataset);

    [Fact]
    public async Task RunAsync_TwoScenariosTwoCommodities_EachCellIsItsOwnSimulation()
    {
        // Given 2 scenarios × 2 commodities × 600 runs, seed 5, 12 months, in ranges of one block (256 runs) each
        var file = SweepReader.ReadText("""
            name: pair
            scenarios: [baseline, china-2024-12-us-ban-ga-ge-sb]
            commodities: [gallium, germanium]
            runs: 600
            seeds: [5]
            block_runs: 256
            horizon: 12
            """, "pair.yaml");

        // When the sweep runs in-process
        var report = await SweepRunner.RunAsync(file, Models(), new InProcessExecutor());

        // Then the cells come in file order, and each is the simulation of its scenario cut to that commodity, run
        // alone on every core
        Assert.Equal(
            [("baseline", "gallium"), ("baseline", "germanium"), ("china-2024-12-us-ban-ga-ge-sb", "gallium"), ("china-2024-12-us-ban-ga-ge-sb", "germanium")],
            report.Cells.Select(c => (c.Scenario, c.Commodity!)));
        foreach (var cell in report.Cells)
        {
            var scenario = ScenarioSlice.ForCommodity(Library.ReadShipped(cell.Scenario), cell.Commodity!, DefaultData.Dataset.Commodities)!;
            var model = ScenarioCompiler.Compile(scenario, DefaultData.Dataset, Library.Compile(DefaultData.Dataset, 12));
            var alone = SimulationReport.From(MonteCarloRunner.Run(model, new MonteCarloOptions(600, 5)));
            Assert.Equal(JsonSerializer.Serialize(alone, Json), JsonSerializer.Serialize(cell.Result, Json));
            Assert.All(cell.Result!.Months, m => Assert.Equal(cell.Commodity, m.Commodity));
        }
    }

    [Fact]
    public async Task RunAsync_RangesReturnInAnyOrder_SameJsonAsInOrder()
    {
        // Given one cell of 3,000 runs in ranges of 2 blocks (6 ranges), and an executor that returns them scrambled, 4
        // at once
        var file = SweepReader.ReadText("scenarios: [china-2024-12-us-ban-ga-ge-sb]\nruns: 3000\nseeds: [9]\nblock_runs: 512\nhorizon: 6\n", "one.yaml");

        // When
        var inOrder = await SweepRunner.RunAsync(file, Models(), new InProcessExecutor());
        var scrambled = await SweepRunner.RunAsync(file, Models(), new ScramblingExecutor());

        // Then
        Assert.Equal(JsonSerializer.Serialize(inOrder, Json), JsonSerializer.Serialize(scrambled, Json));
    }

    [Fact]
    public async Task RunAsync_ScenarioWithoutTheCommodity_CellMissingWithReason()
    {
        // Given baseline cut before its germanium market (rare earths and gallium left), asked for gallium and cobalt
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "re-ga.yaml");
        var baseline = File.ReadAllText(ScenarioPaths.Resolve("baseline"));
        await File.WriteAllTextAsync(path, baseline[..baseline.IndexOf("  - commodity: germanium", StringComparison.Ordinal)]);
        var file = SweepReader.ReadText($"scenarios: ['{path}']\ncommodities: [gallium, cobalt]\nruns: 100\nhorizon: 3\n", "s.yaml");

        // When
        var report = await SweepRunner.RunAsync(file, Models(), new InProcessExecutor());

        // Then gallium has a result and cobalt says why it has none
        Assert.NotNull(report.Cells[0].Result);
        Assert.Null(report.Cells[1].Result);
        Assert.Equal($"scenario {path} has no market of cobalt", report.Cells[1].Missing);
    }

    [Fact]
    public void Split_RunsNotAMultipleOfTheRange_LastRangeShort()
    {
        // Given 10,000 runs = 40 blocks of 256 (the last of 16 runs), in ranges of 4,096 runs = 16 blocks
        var file = SweepReader.ReadText("scenarios: [baseline]\nruns: 10000\nblock_runs: 4096\n", "s.yaml");
        var cells = file.Cells();
        var compiled = new[] { new SweepModels.Compiled(ScenarioFixture.Compile("baseline", 1), "x", null) };

        // When
        var items = SweepRunner.Split(file, cells, compiled);

        // Then 16 + 16 + 8 blocks
        Assert.Equal([new SweepWorkItem(0, 0, 16), new SweepWorkItem(0, 16, 16), new SweepWorkItem(0, 32, 8)], items);
    }

    /// <summary>Runs ranges concurrently, each after a delay that makes later ranges finish first.</summary>
    internal sealed class ScramblingExecutor : IBlockRangeExecutor
    {
        public int Concurrency => 4;

        public async Task<MonteCarloPartial> RunAsync(SweepCell cell, ScenarioSource source, int? horizon, SweepModels.Compiled compiled, int firstBlock, int blockCount, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(40 - (firstBlock * 3)), cancellationToken);
            return MonteCarloRunner.RunBlocks(compiled.Model!, cell.Options(1), firstBlock, blockCount, cancellationToken);
        }

        public async Task<ReplayPartial> RunReplayAsync(SweepPlanCell cell, ScenarioSource source, string planJson,
            SweepModels.CompiledReplay compiled, int firstBlock, int blockCount, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(40 - (firstBlock * 3)), cancellationToken);
            return ReplayRunner.RunBlocks(compiled.Model, cell.Seed, cell.Runs, firstBlock, blockCount, cancellationToken);
        }
    }
}
