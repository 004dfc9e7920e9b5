using System.Text.Json;
using Lodestone.Cli.Infrastructure;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;
using Lodestone.Testing;
using Spectre.Console;

namespace Lodestone.Cli.Tests.Commands;

public class ExposureCommandTests
{
    private static async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 100; // as DefaultCliContext sets for piped output
        var context = new CliContext
        {
            Console = console,
            Out = output,
            Error = error,
            Clock = TimeProvider.System,
            OpenDataset = (_, _) => Task.FromResult(DefaultData.Dataset),
        };
        var exit = await LodestoneApp.RunAsync(args, context);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Exposure_DefaultDataJson_DirectSharesEqualTheWorldStageShares()
    {
        // When every commodity is rendered as JSON
        var (exit, output, _) = await Run("exposure", "--importer", "USA", "--supplier", "CHN", "--format", "json");

        // Then each stage's direct share is the supplier share of the world stage distribution (the brief's figure)
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var checkedRows = 0;
        foreach (var commodity in json.RootElement.GetProperty("commodities").EnumerateArray())
        {
            var name = commodity.GetProperty("commodity").GetString()!;
            foreach (var stage in commodity.GetProperty("stages").EnumerateArray())
            {
                var s = Stages.Parse(stage.GetProperty("stage").GetString()!);
                var distribution = StageDistributions.For(DefaultData.Dataset, name, s);
                if (distribution is null || !distribution.Lists(new Iso3("CHN")))
                {
                    continue;
                }
                Assert.Equal(distribution.ShareOf(new Iso3("CHN")), stage.GetProperty("direct").GetDouble(), 12);
                checkedRows++;
            }
        }
        Assert.True(checkedRows > 10);
    }

    [Fact]
    public async Task Exposure_SingleCommodityTable_ShowsPartnersTheirOwnImportsAndGaps()
    {
        var (exit, output, _) = await Run("exposure", "--commodity", "gallium");

        Assert.Equal(0, exit);
        Assert.Contains("gallium refining: CHN share of USA supply 18.0 % – 99.9 %", output);
        Assert.Contains("8112.92", output);
        Assert.Contains("bound only", output);
        Assert.Contains("gap:", output);
        Assert.Contains("proportional attribution on evidence", output);
    }

    [Fact]
    public async Task Exposure_JapanAsImporter_IsTracedFromItsOwnTradeFlows()
    {
        var (exit, output, _) = await Run("exposure", "--importer", "JPN", "--commodity", "graphite", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Contains("BACI 2024 HS 2504.90", output);
        Assert.Contains("\"traced_low\"", output);
    }

    [Fact]
    public async Task Exposure_Csv_HasHeaderAndStageRows()
    {
        var (exit, output, _) = await Run("exposure", "--commodity", "gallium", "--format", "csv");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("commodity,importer,supplier,stage,direct", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("gallium,USA,CHN,refining,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--importer", "XXX")]      // well-formed but unknown code
    [InlineData("--supplier", "Atlantis")] // a name no country has
    public async Task Exposure_UnknownCountry_ExitsNotFoundWithOneLine(string option, string value)
    {
        var (exit, _, error) = await Run("exposure", option, value);

        Assert.Equal(4, exit);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(option + ": unknown country '" + value + "'", error, StringComparison.Ordinal);
    }

    [Theory]
    // The case: `brief --importer "United States"` worked and `exposure` exited 2; every country form now resolves in one place.
    [InlineData("United States")]
    [InlineData("US")]
    [InlineData("usa")]
    public async Task Exposure_ImporterByNameOrIso2_ResolvesToUsa(string importer)
    {
        var (exit, output, _) = await Run("exposure", "--importer", importer, "--commodity", "gallium", "--format", "json");

        Assert.Equal(0, exit);
        Assert.Contains("\"importer\": \"USA\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exposure_UnknownCommodity_ExitsNotFound()
    {
        var (exit, _, error) = await Run("exposure", "--commodity", "unobtainium");

        Assert.Equal(4, exit);
        Assert.Contains("unknown commodity", error);
    }

    [Fact]
    public async Task Risk_EuGalliumJson_IsInsufficientDataWithReasonAndPublishedValues()
    {
        var (exit, output, _) = await Run("risk", "--method", "eu", "--commodity", "gallium", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var assessment = json.RootElement.GetProperty("assessments")[0];
        Assert.Equal("insufficient_data", assessment.GetProperty("result").GetProperty("status").GetString());
        Assert.Contains("EU sourcing", assessment.GetProperty("result").GetProperty("reason").GetString());
        Assert.True(assessment.GetProperty("critical_published").GetBoolean());
    }

    [Fact]
    public async Task Risk_AllMethodsTable_Runs()
    {
        var (exit, output, _) = await Run("risk");

        Assert.Equal(0, exit);
        Assert.Contains("geopolrisk", output);
        Assert.Contains("insufficient_data", output);
    }

    [Fact]
    public async Task Risk_BadMethod_ExitsWithBadArguments()
    {
        var (exit, _, _) = await Run("risk", "--method", "magic");

        Assert.Equal(2, exit);
    }
}
