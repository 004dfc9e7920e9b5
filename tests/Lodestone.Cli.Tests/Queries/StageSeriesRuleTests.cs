using System.Text.Json.Nodes;

namespace Lodestone.Cli.Tests.Queries;

/// <summary>One series rule (Domain/Metrics/StageSeriesSelector) behind every view: the audit found copper refining at 44.4 % in
/// <c>brief</c> and 44.0 % in <c>exposure</c> because three copies of the rule chose different series.</summary>
public sealed class StageSeriesRuleTests
{
    [Fact]
    public async Task CopperRefining_BriefExposureAndProfile_QuoteTheSameShare()
    {
        // Given: USGS MCS 2025 data release, refined copper 2024: China 12,000 kt of a 27,000 kt world total = 44.44 %.
        const double expected = 12000.0 / 27000.0;

        // When
        var brief = JsonNode.Parse((await CliRunner.RunAsync("brief", "--format", "json")).Out)!;
        var exposure = JsonNode.Parse((await CliRunner.RunAsync("exposure", "--commodity", "copper", "--format", "json")).Out)!;
        var mineral = JsonNode.Parse((await CliRunner.RunAsync("mineral", "copper", "--format", "json")).Out)!;

        // Then
        var briefRow = brief["rows"]!.AsArray().Single(r => r!["commodity"]!.GetValue<string>() == "copper")!;
        Assert.Equal(expected, briefRow["stages"]!["refining"]!["supplier_share"]!.GetValue<double>(), 12);
        var stage = exposure["commodities"]![0]!["stages"]!.AsArray().Single(s => s!["stage"]!.GetValue<string>() == "refining")!;
        Assert.Equal(expected, stage["direct"]!.GetValue<double>(), 12);
        var table = mineral["stages"]!.AsArray().Single(s => s!["stage"]!.GetValue<string>() == "refining")!;
        var china = table["shares"]!.AsArray().Single(s => s!["country"]?.GetValue<string>() == "CHN")!;
        Assert.Equal(expected * 100, china["share_pct"]!.GetValue<double>(), 9);
        Assert.Equal(2024, table["year"]!.GetValue<int>());
    }
}
