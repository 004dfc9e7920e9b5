using System.Text.Json;
using Lodestone.Testing;

namespace Lodestone.Cli.Tests.Commands.Simulate;

public class SimulateCommandTests
{
    [Fact]
    public async Task Json_Baseline_ContractPinned()
    {
        // When
        var (exit, output, error) = await CliRunner.RunAsync("simulate", "baseline", "--runs", "64", "--seed", "5", "--horizon", "6", "--format", "json");

        // Then the documented contract (docs/simulation.md, "JSON output"): these names, in this order
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(["scenario", "runs", "seed", "start", "horizon", "importer", "concern", "months", "probabilities", "supply", "parameters", "sensitivity", "base_prices"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("sensitivity").ValueKind);
        // every baseline market starts its price index from a USGS price: antimony metal, 9.5 $/lb in 2024 (mcs2025-antim_salient.csv)
        var antimony = root.GetProperty("base_prices").EnumerateArray().Single(p => p.GetProperty("commodity").GetString() == "antimony");
        Assert.Equal(9.5, antimony.GetProperty("price").GetDouble());
        Assert.Equal("dollars per pound", antimony.GetProperty("unit").GetString());
        Assert.Equal(7, root.GetProperty("base_prices").GetArrayLength());
        Assert.Equal("baseline", root.GetProperty("scenario").GetString());
        Assert.Equal(64, root.GetProperty("runs").GetInt32());
        Assert.Equal(5UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal(["month", "date", "commodity", "stage", "metric", "p5", "p50", "p95", "mean"],
            root.GetProperty("months")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, root.GetProperty("probabilities").GetArrayLength());
        Assert.Equal(["month", "commodity", "stage", "origin", "mean"], root.GetProperty("supply")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "value", "basis", "is_assumption", "uncertainty", "uncertainty_basis"], root.GetProperty("parameters")[0].EnumerateObject().Select(p => p.Name));
        // The shipped baseline has no point estimate: every parameter is sampled or says why it is exact
        Assert.All(root.GetProperty("parameters").EnumerateArray(), p => Assert.Contains(p.GetProperty("uncertainty").GetString(), new[] { "sampled", "exact" }));
        // 7 markets × 6 months × 4 metrics
        Assert.Equal(7 * 6 * 4, root.GetProperty("months").GetArrayLength());
    }

    [Fact]
    public async Task Json_Probabilities_ContractPinned()
    {
        // When the baseline runs to month 18, where its predicates are
        var (exit, output, error) = await CliRunner.RunAsync("simulate", "baseline", "--runs", "32", "--horizon", "18", "--format", "json");

        // Then each probability carries these fields; two predicates × 7 markets
        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var probabilities = json.RootElement.GetProperty("probabilities");
        Assert.Equal(["predicate", "commodity", "stage", "description", "p", "standard_error", "hits", "runs"], probabilities[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(14, probabilities.GetArrayLength());
        // and the standard error is the binomial one of its own hits over 32 runs
        Assert.All(probabilities.EnumerateArray(), p =>
        {
            var hits = p.GetProperty("hits").GetInt32();
            var expected = Math.Sqrt(hits / 32.0 * (1 - hits / 32.0) / 32);
            Assert.Equal(expected, p.GetProperty("standard_error").GetDouble(), 12);
        });
    }

    [Fact]
    public async Task Sensitivity_BanScenario_RankedDriversInTableAndJson()
    {
        // When the ban scenario's shortfall in month 6 (2025-05, ban in force) is analysed
        var table = await CliRunner.RunAsync("simulate", "china-2024-12-us-ban-ga-ge-sb", "--runs", "64", "--horizon", "12", "--sensitivity",
            "--sensitivity-metric", "shortfall", "--sensitivity-month", "6");
        var json = await CliRunner.RunAsync("simulate", "china-2024-12-us-ban-ga-ge-sb", "--runs", "64", "--horizon", "12", "--sensitivity",
            "--sensitivity-metric", "shortfall", "--sensitivity-month", "6", "--format", "json");

        // Then the table names the method and ranks drivers per market, and the JSON carries the documented contract
        Assert.True(table.Exit == 0, table.Error);
        Assert.Contains("What drives", table.Out, StringComparison.Ordinal);
        Assert.Contains("Saltelli", table.Out, StringComparison.Ordinal);
        Assert.Contains("antimony / refining", table.Out, StringComparison.Ordinal);
        Assert.True(json.Exit == 0, json.Error);
        using var document = JsonDocument.Parse(json.Out);
        var sensitivity = document.RootElement.GetProperty("sensitivity");
        Assert.Equal(["method", "reference", "metric", "month", "date", "parameters", "markets"], sensitivity.EnumerateObject().Select(p => p.Name));
        Assert.Equal("shortfall", sensitivity.GetProperty("metric").GetString());
        Assert.Equal("2025-05", sensitivity.GetProperty("date").GetString());
        // antimony (China the largest source of U.S. metal and oxide imports) is short in month 6 with every parameter at its median: its drivers are ranked
        var antimony = sensitivity.GetProperty("markets").EnumerateArray().Single(m => m.GetProperty("commodity").GetString() == "antimony");
        Assert.Equal(["parameter", "low", "high", "at_low", "at_high", "swing"], antimony.GetProperty("drivers")[0].EnumerateObject().Select(p => p.Name));
        var swings = antimony.GetProperty("drivers").EnumerateArray().Select(d => d.GetProperty("swing").GetDouble()).ToList();
        Assert.NotEmpty(swings);
        Assert.Equal(swings.OrderByDescending(x => x), swings);
    }

    [Fact]
    public async Task Json_SameSeedTwoThreadCounts_Identical()
    {
        // When the same seed runs on one thread and on two
        var one = await CliRunner.RunAsync("simulate", "china-2025-10-ree-expansion", "--runs", "300", "--seed", "9", "--threads", "1", "--format", "json");
        var two = await CliRunner.RunAsync("simulate", "china-2025-10-ree-expansion", "--runs", "300", "--seed", "9", "--threads", "2", "--format", "json");

        // Then the output is identical
        Assert.Equal(0, one.Exit);
        Assert.Equal(one.Out, two.Out);
    }

    [Fact]
    public async Task Plot_WritesANonBlankPng()
    {
        // Given a temporary folder
        using var temp = new TempDirectory();
        var png = temp.File("fan.png");

        // When
        var (exit, _, error) = await CliRunner.RunAsync("simulate", "baseline", "--runs", "50", "--horizon", "6", "--plot", png);

        // Then a PNG file (signature 89 50 4E 47) exists and decodes as the 1200 × 700 chart, not a blank canvas
        Assert.True(exit == 0, error);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(png).Take(4));
        PngImage.AssertDecodesNonBlank(png);
    }

    [Theory]
    // Why: a scenario that does not exist is "not found" (exit 4).
    [InlineData(4, "simulate", "no-such-scenario")]
    // Why: a non-positive run count is a bad argument (exit 2).
    [InlineData(2, "simulate", "baseline", "--runs", "0")]
    // Why: a sensitivity metric that does not exist is a bad argument (exit 2).
    [InlineData(2, "simulate", "baseline", "--runs", "10", "--sensitivity", "--sensitivity-metric", "happiness")]
    // Why: a sensitivity month beyond the horizon is a bad argument (exit 2).
    [InlineData(2, "simulate", "baseline", "--runs", "10", "--horizon", "6", "--sensitivity", "--sensitivity-month", "7")]
    // Why: an unknown format is rejected by the parser (exit 2).
    [InlineData(2, "simulate", "baseline", "--format", "xml")]
    public async Task BadInput_NonZeroExitWithReason(int code, params string[] args)
    {
        // When
        var (exit, _, error) = await CliRunner.RunAsync(args);

        // Then
        Assert.Equal(code, exit);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidScenarioFile_ErrorNamesLineAndField()
    {
        // Given a scenario with an unknown field on line 3
        using var temp = new TempDirectory();
        var path = temp.File("bad.yaml");
        await File.WriteAllTextAsync(path, "name: bad\nstart: 2026-01\nhorizon_months: 12\n");

        // When
        var (exit, _, error) = await CliRunner.RunAsync("simulate", path);

        // Then
        Assert.Equal(3, exit);
        Assert.Contains("bad.yaml:3: horizon_months: unknown field", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scenarios_Json_ListsShipped()
    {
        // When
        var (exit, output, _) = await CliRunner.RunAsync("scenarios", "--format", "json");

        // Then
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Contains(json.RootElement.EnumerateArray(), e => e.GetProperty("name").GetString() == "baseline");
    }
}
