using System.Globalization;
using Lodestone.Optimization.Building;
using Lodestone.Optimization.Robustness;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Plan;

/// <summary>Renders the robustness report of a plan: one line with the probability and expected shortfall, then the assumptions.</summary>
internal static class PlanRobustnessRenderer
{
    public static void Render(IAnsiConsole console, BuiltPlan built, RobustnessReport? report, string? skipped)
    {
        if (skipped is not null)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Robustness[/]: " + Markup.Escape(skipped) + ".");
            return;
        }
        if (report is null)
        {
            return;
        }
        console.WriteLine();
        console.MarkupLine("[bold]" + Markup.Escape(Line(built, report)) + "[/]");
        foreach (var assumption in report.Assumptions)
        {
            console.MarkupLine("• " + Markup.Escape(assumption));
        }
    }

    /// <summary>"Robustness (announced-partnerships, 2,000 runs, seed 1): P(cap holds in every capped quarter) = 0.87; expected shortfall 12 t for rare earths (refining)."</summary>
    public static string Line(BuiltPlan built, RobustnessReport report)
    {
        var units = built.Problem.Markets.ToDictionary(m => m.Label, m => m.Unit, StringComparer.Ordinal);
        var shortfall = string.Join(", ", report.ExpectedShortfallUnits.Select(kv =>
            string.Create(CultureInfo.InvariantCulture, $"{kv.Value:#,0.##} {units.GetValueOrDefault(kv.Key, "units")} for {kv.Key}")));
        return string.Create(CultureInfo.InvariantCulture,
            $"Robustness ({report.ScenarioSet}, {report.Runs:#,0} runs, seed {report.Seed}): P(cap holds in every capped quarter) = {report.ProbabilityCapHolds:0.###}; expected shortfall over the horizon {shortfall}.");
    }
}
