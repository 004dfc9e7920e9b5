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

    [Theory]
    // Each case is one rule of the format, with the line and field the message must name.
    [InlineData("scenarios: [baseline]\nruns: 100\nplans: [plans/rare-earths.yaml]\n", "s.yaml:3: plans: plans are not swept yet")]
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
