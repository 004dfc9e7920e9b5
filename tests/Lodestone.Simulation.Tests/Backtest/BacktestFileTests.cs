using Lodestone.Simulation.Backtest;
using Lodestone.Simulation.Scenarios;

namespace Lodestone.Simulation.Tests.Backtest;

public class BacktestFileTests
{
    [Theory]
    // Each case breaks one rule of the episodes file; the error must name the line and field.
    [InlineData("role: held-out", "role: test", "episodes[1].role", "expected calibration or held-out")]
    [InlineData("years: [2026], salient: mcs2025-tiny_salient.csv, columns: [Imports_kg]", "years: [2025], salient: mcs2025-tiny_salient.csv, columns: [Imports_kg]",
        "episodes[1].observations[0].years", "not a year after the base year 2025")]
    [InlineData("measure: import_ratio", "measure: tonnes", "episodes[1].observations[0].measure", "expected one of")]
    [InlineData("grid: [0, 0.5, 1]", "grid: [0, 1.5]", "calibration.grid", "values 0–1")]
    public void ReadText_BrokenEpisodes_ErrorNamesLineAndField(string from, string to, string field, string reason)
    {
        var text = TinyEpisode.Episodes.Replace(from, to, StringComparison.Ordinal);

        var error = Assert.Throws<ScenarioException>(() => BacktestFile.ReadText(text, "episodes.yaml", "."));

        Assert.Equal(field, error.Field);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.True(error.Line > 1);
    }

    [Fact]
    public void ReadText_NoHeldOutEpisode_Refused()
    {
        // Without a held-out episode there is no out-of-sample error to report
        var text = TinyEpisode.Episodes.Replace("role: held-out", "role: calibration", StringComparison.Ordinal);

        var error = Assert.Throws<ScenarioException>(() => BacktestFile.ReadText(text, "episodes.yaml", "."));

        Assert.Contains("one calibration and one held-out", error.Reason, StringComparison.Ordinal);
    }
}
