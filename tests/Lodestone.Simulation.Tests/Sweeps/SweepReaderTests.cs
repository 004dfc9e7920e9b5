using Lodestone.Simulation.Scenarios;
using Lodestone.Simulation.Sweeps;

namespace Lodestone.Simulation.Tests.Sweeps;

public class SweepReaderTests
{
    [Fact]
    public void ReadText_FullFile_CellsInFileOrder()
    {
        // Given 2 scenarios × 1 commodity × 2 run counts × 2 seeds
        var file = SweepReader.ReadText("""
            name: night
            scenarios: [baseline, china-2025-04-ree-licensing]
            commodities: [rare earths]
            runs: [1000, "1,000,000"]
            seeds: [1, 2]
            """, "night.yaml");

        // When
        var cells = file.Cells();

        // Then 8 cells, scenario outermost and seed innermost; the range size is the default
        Assert.Equal(8, cells.Count);
        Assert.Equal(new SweepCell(0, "baseline", "rare earths", 1000, 1), cells[0]);
        Assert.Equal(new SweepCell(3, "baseline", "rare earths", 1_000_000, 2), cells[3]);
        Assert.Equal(new SweepCell(7, "china-2025-04-ree-licensing", "rare earths", 1_000_000, 2), cells[7]);
        Assert.Equal(SweepFile.DefaultBlockRuns, file.BlockRuns);
    }

    [Fact]
    public void ReadText_Plans_PlanCellsScenarioThenPlanThenRunsThenSeed()
    {
        // Given 2 scenarios × 2 plans (a name, and a mapping with options) × 1 run count × 2 seeds, planned on
        // 2026-11-23
        var file = SweepReader.ReadText("""
            scenarios: [baseline, china-2025-10-ree-expansion]
            plans:
              - rare-earths
              - plan: my/plan.yaml
                content: direct
                cap: 0.6
            runs: 500
            seeds: [1, 2]
            as_of: 2026-11-23
            """, "p.yaml");

        // When
        var plans = file.PlanCells();

        // Then the entries keep their names, options and lines; 8 plan cells, scenario outermost and seed innermost; 4
        // Monte Carlo cells beside them (the whole scenarios, 2 seeds each)
        Assert.Equal(["rare-earths", "my/plan.yaml"], file.Plans.Select(p => p.Plan));
        Assert.Equal(3, file.Plans[0].Line);
        Assert.Empty(file.Plans[0].Options);
        Assert.Equal(new SweepPlanOption("direct", 5), file.Plans[1].Options["content"]);
        Assert.Equal(6, file.Plans[1].LineOf("cap"));
        Assert.Equal(4, file.Plans[1].LineOf("budget"));
        Assert.Equal(new DateOnly(2026, 11, 23), file.AsOf);
        Assert.Equal(8, plans.Count);
        Assert.Equal(new SweepPlanCell(0, "baseline", 0, 500, 1), plans[0]);
        Assert.Equal(new SweepPlanCell(3, "baseline", 1, 500, 2), plans[3]);
        Assert.Equal(new SweepPlanCell(6, "china-2025-10-ree-expansion", 1, 500, 1), plans[6]);
        Assert.Equal(4, file.Cells().Count);
        Assert.Equal((4 * 500) + (8 * 500), file.TotalRuns());
    }

    [Theory]
    // Each case is one rule of the format, with the line and field the message must name.
    [InlineData("scenarios: [baseline]\nruns: 100\nplans: rare-earths\n", "s.yaml:3: plans: expected a list")]
    [InlineData("scenarios: [baseline]\nruns: 100\nplans:\n  - plan: rare-earths\n    cap_share: 0.5\n",
        "s.yaml:5: plans[0].cap_share: unknown field")]
    [InlineData("scenarios: [baseline]\nruns: 100\nplans:\n  - content: direct\n", "s.yaml:4: plans[0].plan: required")]
    [InlineData("scenarios: [baseline]\nruns: 100\nplans: [a, [b]]\n", "s.yaml:3: plans[1]: expected a plan name")]
    [InlineData("scenarios: [baseline]\nruns: 100\nplans: [a, a]\n", "s.yaml:3: plans[1]: 'a' is listed twice")]
    [InlineData("scenarios: [baseline]\nruns: 100\nplans: [a]\nas_of: 2026-13-01\n",
        "s.yaml:4: as_of: expected a date YYYY-MM-DD")]
    [InlineData("scenarios: [baseline]\nruns: 0\n", "s.yaml:2: runs: expected a whole number 1–1,000,000,000, got '0'")]
    [InlineData("scenarios: [baseline]\nruns: 100\nblock_runs: 1000\n", "s.yaml:3: block_runs: must be a multiple of 256")]
    [InlineData("scenarios: [baseline, baseline]\nruns: 100\n", "s.yaml:1: scenarios: 'baseline' is listed twice")]
    [InlineData("runs: 100\n", "s.yaml:1: scenarios: required")]
    [InlineData("scenarios: [baseline]\nruns: 100\nseeds: [-1]\n", "s.yaml:3: seeds: expected whole numbers")]
    [InlineData("scenarios: [baseline]\nrun: 100\n", "s.yaml:2: run: unknown field")]
    public void ReadText_BadFile_ErrorWithLineAndField(string text, string expected)
    {
        var error = Assert.Throws<ScenarioException>(() => SweepReader.ReadText(text, "s.yaml"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }
}
