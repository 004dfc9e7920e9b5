using System.Text.Json;
using Lodestone.Cli.Tests.Commands.Simulate;

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
}
