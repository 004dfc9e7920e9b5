using System.Text.Json;
using Lodestone.Data;
using Lodestone.Domain.Model;
using Lodestone.Simulation.Replays;
using Lodestone.Simulation.Scenarios;
using Lodestone.Simulation.Sweeps;
using Lodestone.Simulation.Tests.Sweeps;
using Lodestone.Testing;

namespace Lodestone.Simulation.Tests.Replays;

/// <summary>Plan cells of a sweep: a hand-made solved plan replayed in ranges, in any order, equals the replay run
/// whole.</summary>
public class PlanSweepTests
{
    private static readonly ScenarioLibrary Library = new(ScenarioPaths.DefaultDirectory,
        DataPaths.DefaultDataDirectory);

    /// <summary>USA's rare earths (refining) in 2027, supply basis, cap 0.5: each quarter 40 t from China (content 1)
    /// and 60 t from
    /// Australia (content 0), 1.5 t of the plan's own shortfall; no stock, no project.</summary>
    private static readonly ReplayPlan Plan = new([new ReplayMarket(
        "rare earths (refining)", "rare earths", Stage.Refining, "USA", "CHN", 0.5, true, 0.9, 0,
        [new ReplayOrigin("CHN", 1, true), new ReplayOrigin("AUS", 0, true)],
        [.. Enumerable.Range(0, 4).Select(q => new ReplayQuarter($"2027Q{q + 1}", 2027, (q * 3) + 2, 1.5, 0, true,
            [new ReplayVolume("CHN", 40), new ReplayVolume("AUS", 60)]))],
        [], [])]);

    private static string Canonical(string name) => DefaultData.Dataset.Commodities.Find(name)?.Name ?? name;

    [Fact]
    public void Run_NoEventOnTheMarket_PlanShortfallOnlyAndTheCapHolds()
    {
        // Given baseline, which has no event: every run delivers the plan, China's share is 40 / 100 = 0.4 ≤ 0.5 in
        // every quarter
        var model = ReplayModel.Compile(Plan, Library.ReadShipped("baseline"), Canonical);

        // When
        var report = ReplayRunner.Run(model, 1000, 3);

        // Then P = 1 and the shortfall is the plan's own, 4 × 1.5 = 6 t in every run
        Assert.Equal(1.0, report.ProbabilityCapHolds);
        Assert.Equal(6.0, report.ExpectedShortfallUnits["rare earths (refining)"]);
        Assert.Equal("baseline", report.ScenarioSet);
    }

    [Fact]
    public void Run_ChinaCutsEveryQuarter_ShortfallGrowsByTheMeanCut()
    {
        // Given China's April 2025 licensing (one event, in force from 2025-04 with no end): in a run China delivers
        // 40·(1 − c) in every quarter, c = severity·(1 − approval), severity U(0.1, 0.4), approval U(0.25, 0.75), so
        // E[c] = 0.25 × 0.5 = 0.125 and sd(c) = √(E[S²]E[(1−A)²] − E[c]²) = √(0.07 × 0.270833 − 0.015625) = 0.0577
        var model = ReplayModel.Compile(Plan, Library.ReadShipped("china-2025-04-ree-licensing"), Canonical);

        // When
        var report = ReplayRunner.Run(model, 3000, 1);

        // Then the cap still holds (China's share only falls: 40(1 − c) / (100 − 40c) ≤ 0.4), and the lost Chinese
        // volume is shortfall: 6 + 4 × 40 × E[c] = 26 t, the mean of 3,000 runs within 4 standard errors (160 × 0.0577
        // / √3000 = 0.17 t)
        Assert.Equal(1.0, report.ProbabilityCapHolds);
        Assert.InRange(report.ExpectedShortfallUnits["rare earths (refining)"], 25.3, 26.7);
    }

    [Fact]
    public async Task Sweep_PlanRangesReturnInAnyOrder_EachPlanCellIsTheWholeReplay()
    {
        // Given 2 scenarios × 1 plan × 1,300 runs (6 blocks, the last of 20 runs) × 2 seeds, in ranges of one block
        var file = SweepReader.ReadText(
            "scenarios: [baseline, china-2025-10-ree-expansion]\nplans: [hand-made]\nruns: 1300\nseeds: [4, "
            + "5]\nblock_runs: 256\nhorizon: 3\n",
            "p.yaml");
        var plans = new[] { new SolvedSweepPlan("hand-made", "rare earths", Plan, null) };
        var models = new SweepModels(Library, DefaultData.Dataset);

        // When the sweep's ranges come back scrambled
        var report = await SweepRunner.RunAsync(file, models, new SweepRunnerTests.ScramblingExecutor(), plans: plans);

        // Then each plan cell is, field for field, the replay of its scenario and seed run whole on every core
        Assert.Equal(4, report.Plans.Count);
        foreach (var cell in report.Plans)
        {
            var alone = ReplayRunner.Run(ReplayModel.Compile(Plan, Library.ReadShipped(cell.Scenario), Canonical),
                1300, cell.Seed);
            Assert.Equal(JsonSerializer.Serialize(alone), JsonSerializer.Serialize(cell.Robustness));
            Assert.Equal(("hand-made", "rare earths", 1300), (cell.Plan, cell.Commodity, cell.Runs));
        }
    }

    [Fact]
    public void Partial_ToBytesAndBack_SameBits()
    {
        var partial = new ReplayPartial(3, 2, 2, 411, [0.1, 1e-300, double.MaxValue, 22.000000000000004]);

        var back = ReplayPartial.FromBytes(partial.ToBytes());

        Assert.Equal((3, 2, 2, 411L), (back.FirstBlock, back.BlockCount, back.Markets, back.Holds));
        Assert.Equal(partial.Sums.Select(BitConverter.DoubleToInt64Bits),
            back.Sums.Select(BitConverter.DoubleToInt64Bits));
    }
}
