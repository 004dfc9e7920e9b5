using System.Text.Json;

namespace Lodestone.Cli.Tests.Commands.Claims;

public class ClaimsEvaluateCommandTests
{
    [Fact]
    public async Task Table_SeedClaim_ProbabilityPerCommodityAndAssumptions()
    {
        // When
        var (exit, output, error) = await CliRunner.RunAsync("claims", "evaluate", "--runs", "100");

        // Then every simulated commodity appears with probabilities, and the assumptions are printed
        Assert.True(exit == 0, error);
        foreach (var commodity in new[] { "rare earths", "gallium", "germanium", "antimony", "tungsten", "graphite", "cobalt" })
        {
            Assert.Contains(commodity, output, StringComparison.Ordinal);
        }
        Assert.Contains("Donald Trump", output, StringComparison.Ordinal);
        Assert.Contains("Assumptions", output, StringComparison.Ordinal);
        Assert.Contains("claim read as", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_NarrowColumns_WrapBetweenFiguresNeverInsideOne()
    {
        // When: the eight columns share 100 characters, so the ranges wrap
        var (exit, output, error) = await CliRunner.RunAsync("claims", "evaluate", "--runs", "100");

        // Then no cell line ends in the middle of a figure ("56.8%–100." over "0%", as before) and every range keeps its
        // dash between whole figures
        Assert.True(exit == 0, error);
        Assert.DoesNotMatch(@"\d\.\s*│", output);
        Assert.DoesNotMatch(@"\d%–", output);
        Assert.Matches(@"\d\.\d% –", output);
    }

    [Fact]
    public async Task Json_SeedClaim_DueMonthAndVerdicts()
    {
        // When
        var (exit, output, error) = await CliRunner.RunAsync("claims", "evaluate", "--runs", "100", "--format", "json");

        // Then: 2025-11 → 2027-05 is month 19
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(100, json.RootElement.GetProperty("runs").GetInt32());
        var first = json.RootElement.GetProperty("claims")[0];
        Assert.Equal(19, first.GetProperty("due_month").GetInt32());
        Assert.Equal(7, first.GetProperty("commodities").GetArrayLength());
        Assert.True(first.GetProperty("assumptions").GetArrayLength() > 5);
    }

    [Fact]
    public async Task Json_SeedClaim_ProbabilitiesCarryStandardErrors()
    {
        // When
        var (exit, output, error) = await CliRunner.RunAsync("claims", "evaluate", "--runs", "100", "--format", "json");

        // Then each probability has its binomial standard error over the 100 runs
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        foreach (var commodity in json.RootElement.GetProperty("claims")[0].GetProperty("commodities").EnumerateArray())
        {
            foreach (var name in new[] { "share_below_half", "share_below_half_if_untraced_is_concern", "share_below_fifth", "no_shortfall_under_ban" })
            {
                var p = commodity.GetProperty(name).GetDouble();
                Assert.Equal(Math.Sqrt(p * (1 - p) / 100), commodity.GetProperty(name + "_standard_error").GetDouble(), 12);
            }
        }
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("claims")[0].GetProperty("sensitivity").ValueKind);
    }

    [Fact]
    public async Task Sensitivity_SeedClaim_DriversOfShareAndShortfall()
    {
        // When
        var table = await CliRunner.RunAsync("claims", "evaluate", "--runs", "100", "--sensitivity");
        var json = await CliRunner.RunAsync("claims", "evaluate", "--runs", "100", "--sensitivity", "--format", "json");

        // Then both headline figures are analysed at the due month (19) for every commodity
        Assert.True(table.ExitCode == 0, table.Error);
        Assert.Contains("What drives the 7 shares at the due date", table.Out, StringComparison.Ordinal);
        Assert.Contains("shortfall at the due date under the claim test's ban", table.Out, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.Error);
        using var document = JsonDocument.Parse(json.Out);
        var sensitivity = document.RootElement.GetProperty("claims")[0].GetProperty("sensitivity");
        foreach (var part in new[] { "share_at_due", "shortfall_under_ban" })
        {
            Assert.Equal(19, sensitivity.GetProperty(part).GetProperty("month").GetInt32());
            Assert.Equal(7, sensitivity.GetProperty(part).GetProperty("markets").GetArrayLength());
        }
    }
}
