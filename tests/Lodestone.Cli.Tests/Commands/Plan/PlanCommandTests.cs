using System.Text.Json;
using Lodestone.Cli.Infrastructure;
using Lodestone.Testing;
using Spectre.Console;

namespace Lodestone.Cli.Tests.Commands.Plan;

public sealed class PlanCommandTests
{
    private static async Task<(int Exit, string Out, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 100;
        var context = new CliContext
        {
            Console = console,
            Out = output,
            Error = error,
            Clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)),
            OpenDataset = (_, _) => Task.FromResult(DefaultData.Dataset),
        };
        var exit = await LodestoneApp.RunAsync(args, context);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Plan_RareEarthsCapByDate_ExplainsTheResult()
    {
        // When: the command the issue names, on the default data
        var (exit, output, _) = await Run("plan", "--commodity", "rare earths", "--cap", "0.5", "--by", "2027-05");

        // Then
        Assert.Equal(0, exit);
        Assert.Contains("cap 50 % on CHN", output, StringComparison.Ordinal);
        Assert.Contains("Plan parameters and their sources", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_Json_HasStatusSummaryAndSources()
    {
        var (exit, output, _) = await Run("plan", "--commodity", "rare earths", "--cap", "0.5", "--by", "2027-05", "--format", "json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.TryGetProperty("status", out _));
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("summary").GetString()));
        Assert.NotEqual(0, json.RootElement.GetProperty("sources").GetArrayLength());
    }

    [Theory]
    // A cap is a share: 2 cannot be one.
    [InlineData("--cap", "2", "--cap")]
    // A negative budget is meaningless.
    [InlineData("--budget", "-5", "--budget")]
    // A date must parse.
    [InlineData("--by", "May 2027", "--by")]
    // Concern content is traced or direct.
    [InlineData("--content", "average", "--content")]
    public async Task Plan_BadArgument_ExitsTwoWithOneLine(string option, string value, string named)
    {
        var (exit, _, error) = await Run("plan", "--commodity", "rare earths", option, value);

        Assert.Equal(2, exit);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_UnknownCommodity_ExitsNotFound()
    {
        var (exit, _, error) = await Run("plan", "--commodity", "unobtainium");

        Assert.Equal(4, exit);
        Assert.Contains("unknown commodity", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_WithRobustness_JsonCarriesTheReport()
    {
        // When: the command with 200 robustness runs on the default data and scenario, on direct shares (traced, the
        // shipped plan has no feasible plan to replay: see ProblemBuilderTests)
        var (exit, output, _) = await Run("plan", "--commodity", "rare earths", "--cap", "0.5", "--by", "2027-05", "--content", "direct", "--robustness", "200", "--format", "json");

        // Then: a report of 200 runs, seed 1 by default, scenario announced-partnerships, a probability in [0, 1] and its assumptions
        Assert.Equal(0, exit);
        var robustness = JsonDocument.Parse(output).RootElement.GetProperty("robustness");
        Assert.Equal(200, robustness.GetProperty("runs").GetInt32());
        Assert.Equal(1, robustness.GetProperty("seed").GetInt32());
        Assert.Equal("announced-partnerships", robustness.GetProperty("scenario_set").GetString());
        Assert.InRange(robustness.GetProperty("probability_cap_holds").GetDouble(), 0, 1);
        Assert.True(robustness.GetProperty("expected_shortfall_units").TryGetProperty("rare earths (refining)", out _));
        Assert.NotEqual(0, robustness.GetProperty("assumptions").GetArrayLength());
    }

    [Theory]
    [InlineData(new[] { "--robustness", "0" }, 2, "between 1 and 100,000")] // below the range
    [InlineData(new[] { "--robustness", "100001" }, 2, "between 1 and 100,000")] // above the range
    [InlineData(new[] { "--robustness-seed", "3" }, 2, "need --robustness RUNS")] // a seed alone asks for nothing
    [InlineData(new[] { "--robustness", "10", "--robustness-scenario", "nope" }, 4, "announced-partnerships")] // unknown: lists the shipped ones
    public async Task Plan_BadRobustnessArguments_OneLineError(string[] extra, int code, string named)
    {
        // When
        var (exit, _, error) = await Run(["plan", "--commodity", "rare earths", "--cap", "0.5", "--by", "2027-05", .. extra]);

        // Then
        Assert.Equal(code, exit);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
