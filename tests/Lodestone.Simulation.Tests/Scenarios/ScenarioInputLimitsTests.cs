using System.Text;
using Lodestone.Simulation.Scenarios;
using Lodestone.Testing;

namespace Lodestone.Simulation.Tests.Scenarios;

/// <summary>Hostile or meaningless scenario files are refused with file, line, field and what is allowed, in bounded time.</summary>
public sealed class ScenarioInputLimitsTests
{
    private const string Head = "name: t\nstart: 2026-01\n";

    [Fact]
    public void ReadText_32000NestedBrackets_RefusedAtTheDepthLimitWithoutOverflowingTheStack()
    {
        // Given 64 KB of nested flow sequences on line 3 (this overflowed the stack and killed the server)
        var yaml = Head + "events: " + new string('[', 32_000) + new string(']', 32_000) + "\n";

        // When / Then
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.ReadText(yaml, "deep.yaml"));
        Assert.Equal(3, error.Line);
        Assert.Contains("nested deeper than 64 levels", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_AliasBombAsMappingKey_RefusedInUnderOneSecond()
    {
        // Given nine levels of nine aliases each (9^9 = 387 million nodes once expanded) used as a mapping key, ~550 bytes
        var yaml = new StringBuilder(Head).Append("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level <= 8; level++)
        {
            var previous = "*a" + (level - 1);
            yaml.Append($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat(previous, 9))}]\n");
        }
        yaml.Append("defaults: {? *a8 : 1}\n");
        var cpu = ThreadCpuClock.StartNew();

        // When
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.ReadText(yaml.ToString(), "bomb.yaml"));

        // Then (it cost 31 s of CPU on the request thread before)
        Assert.Contains("aliases expand to more than", error.Message, StringComparison.Ordinal);
        Assert.True(cpu.Elapsed < TimeSpan.FromSeconds(1), $"took {cpu.Elapsed} of CPU");
        Assert.True(error.Line >= 4, $"line {error.Line}");
    }

    [Fact]
    public void ReadText_DuplicateKey_ReportsItsLine()
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.ReadText(Head + "name: u\n", "dup.yaml"));

        Assert.Equal(3, error.Line);
    }

    [Theory]
    // Why: negative stocks gave a 500 % shortfall with exit 0.
    [InlineData("defaults:\n  stockpile_months: {value: -2, assumption: a}\n", 4, "defaults.stockpile_months.value", "0 to 240")]
    // Why: a share above 1 ran.
    [InlineData("defaults:\n  concern_world_share: {uniform: [0.5, 1.5], assumption: a}\n", 4, "defaults.concern_world_share.uniform", "0 to 1")]
    // Why: an unbounded normal on a fraction can draw below 0 (the sampler reaches 8.3 sigma: 0.1 - 8.3 x 0.05 < 0).
    [InlineData("defaults:\n  recycling_share: {normal: [0.1, 0.05], assumption: a}\n", 4, "defaults.recycling_share.normal", "0 to 1")]
    // Why: a lognormal whose draws overflow to infinity crashed the JSON output and left a job answering 500.
    [InlineData("defaults:\n  demand_growth: {lognormal: [700, 5], assumption: a}\n", 4, "defaults.demand_growth.lognormal", "-1 to 10")]
    // Why: severity -3 ran with exit 0.
    [InlineData("events:\n  - id: e\n    country: CHN\n    commodities: gallium\n    stage: refining\n    from: 2026-02\n    severity: {value: -3, assumption: a}\n", 9, "events[0].severity.value", "0 to 1")]
    // Why: an approval rate of 7 ran with exit 0.
    [InlineData("events:\n  - id: e\n    country: CHN\n    commodities: gallium\n    stage: refining\n    from: 2026-02\n    severity: {value: 1, assumption: a}\n    approval_rate: {value: 7, assumption: a}\n", 10, "events[0].approval_rate.value", "0 to 1")]
    public void ReadText_ParameterOutsideItsMeaning_NamesLineFieldAndAllowedRange(string body, int line, string field, string range)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioReader.ReadText(Head + body, "range.yaml"));

        Assert.Equal((line, field), (error.Line, error.Field));
        Assert.Contains("allowed: " + range, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadText_BoundedNormalInsideTheRange_IsAccepted()
    {
        var scenario = ScenarioReader.ReadText(Head + "defaults:\n  recycling_share: {normal: [0.1, 0.05, 0, 1], assumption: a}\n", "ok.yaml");

        Assert.Equal(0.1, scenario.Defaults["recycling_share"].Value.Mean);
    }
}
