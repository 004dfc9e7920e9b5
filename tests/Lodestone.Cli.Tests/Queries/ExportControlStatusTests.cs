using System.Text.Json.Nodes;
using Lodestone.Testing;

namespace Lodestone.Cli.Tests.Queries;

/// <summary>Export-control status is a function of the date (issue 11), pinned to data/export_controls.csv: CHN-2024-046-GA, MOFCOM
/// Announcement No. 46 [2024] (ban on gallium exports to the U.S.), suspended 2025-11-09 to 2026-11-27 per the row's source
/// (MOFCOM suspension announced 2025-11-09), status last confirmed 2026-06.</summary>
public sealed class ExportControlStatusTests
{
    private static readonly Domain.Facts.ExportControl Ban = DefaultData.Dataset.ExportControls.Single(c => c.Id == "CHN-2024-046-GA");

    [Theory]
    // Inside the window, the last day of it, and after it with no newer source.
    [InlineData("2026-01-15", "suspended until 2026-11-27", false)]
    [InlineData("2026-11-27", "suspended until 2026-11-27", false)]
    [InlineData("2026-12-01", "suspension ended 2026-11-27; status since then unknown", null)]
    public void StatusOn_AroundTheSuspension_ReadsByDate(string date, string status, bool? inForce)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(status, Ban.StatusOn(day));
        Assert.Equal(inForce, Ban.InForceOn(day));
    }

    [Fact]
    public void InForceOn_AnyDateAfterItsEnd_NoSuspensionOrRelaxationInForce()
    {
        // Every relaxation and every suspended measure of the shipped data, on each of 400 days after its window closed.
        foreach (var c in DefaultData.Dataset.ExportControls.Where(c => c.SuspendedUntil is not null || c.IsRelaxation))
        {
            var end = c.SuspendedUntil?.Latest ?? c.Date.Latest;
            for (var day = end.AddDays(1); day <= end.AddDays(400); day = day.AddDays(1))
            {
                Assert.False(c.IsRelaxation && c.InForceOn(day) == true, $"{c.Id} shown in force on {day}");
                Assert.DoesNotContain("suspended until", c.StatusOn(day), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Brief_AsOfAfterTheSuspension_SaysEndedAndUnknown()
    {
        // When
        var brief = JsonNode.Parse((await CliRunner.RunAsync("brief", "--as-of", "2026-12-01", "--format", "json")).Out)!;

        // Then
        var gallium = brief["rows"]!.AsArray().Single(r => r!["commodity"]!.GetValue<string>() == "gallium")!;
        var ban = gallium["export_controls"]!.AsArray().Single(c => c!["id"]!.GetValue<string>() == "CHN-2024-046-GA")!;
        Assert.Equal("suspension ended 2026-11-27; status since then unknown", ban["status"]!.GetValue<string>());
        Assert.Null(ban["in_force"]);
    }
}
