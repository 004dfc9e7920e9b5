using System.Text.Json;

namespace Lodestone.Cli.Tests.Commands.Backtest;

public class BacktestCommandTests
{
    [Fact]
    public async Task Table_OneEpisode_ForecastAgainstRecordWithSourcesAndHeldOutError()
    {
        // When the held-out episode is reported
        var (exit, output, error) = await CliRunner.RunAsync("backtest", "--episode", "antimony-2024-09", "--runs", "100");

        // Then its six records appear with their sources, sizes and timings, the calibration grid, and the held-out error line
        Assert.True(exit == 0, error);
        Assert.Contains("antimony-2024-09", output, StringComparison.Ordinal);
        Assert.Contains("held out (never seen by the calibration)", output, StringComparison.Ordinal);
        foreach (var measure in new[] { "price_ratio", "import_ratio", "concern_import_share", "concern_import_tonnage_share", "concern_export_ratio", "concern_to_importer_ratio" })
        {
            Assert.Contains(measure, output, StringComparison.Ordinal);
        }
        Assert.Contains("https://doi.org/10.5066/P13XCP3R", output, StringComparison.Ordinal);
        Assert.Contains("(chosen)", output, StringComparison.Ordinal);
        Assert.Contains("https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37", output, StringComparison.Ordinal);
        // the price record (9.5 / 5.49 = 1.730) as a change from the base year: +0.730, up
        Assert.Contains("+0.730 up", output, StringComparison.Ordinal);
        Assert.Contains("timing antimony/refining price_ratio (2024)", output, StringComparison.Ordinal);
        Assert.Matches(@"Held out:\s+\d\s+of\s+6\s+recorded", output);
    }

    [Fact]
    public async Task Json_AllEpisodes_RolesAndSummaries()
    {
        var (exit, output, error) = await CliRunner.RunAsync("backtest", "--runs", "100", "--format", "json");

        // Then three episodes, two calibration and one held out; the summaries count 26 and 6 observations and 12 and 5 timed series
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var roles = json.RootElement.GetProperty("episodes").EnumerateArray().Select(e => e.GetProperty("role").GetString()).ToList();
        Assert.Equal(["calibration", "calibration", "held_out"], roles);
        Assert.Equal(26, json.RootElement.GetProperty("in_sample").GetProperty("observations").GetInt32());
        Assert.Equal(6, json.RootElement.GetProperty("held_out").GetProperty("observations").GetInt32());
        Assert.Equal(12, json.RootElement.GetProperty("in_sample").GetProperty("timings").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("held_out").GetProperty("timings").GetInt32());
        // and the held-out records are listed once more against the uncalibrated forecast
        Assert.Equal(6, json.RootElement.GetProperty("held_out_uncalibrated_observations").GetArrayLength());
        Assert.Equal("approval_rate", json.RootElement.GetProperty("calibration").GetProperty("parameter").GetString());
    }
}
