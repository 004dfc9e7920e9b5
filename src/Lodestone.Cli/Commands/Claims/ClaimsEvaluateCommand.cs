using System.CommandLine;
using System.Globalization;
using Lodestone.Cli.Commands.Simulate;
using Lodestone.Cli.Infrastructure;
using Lodestone.Queries.Claims;
using Lodestone.Simulation.Claims;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Claims;

/// <summary><c>lodestone claims evaluate</c>: tests each tracked claim (data/claims.csv) by Monte Carlo over its scenario.</summary>
internal static class ClaimsEvaluateCommand
{
    /// <param name="name">"evaluate" under <c>claims</c>; the catalogue may register it top-level under another name.</param>
    public static Command Create(CliContext context, string name = "evaluate")
    {
        var runs = new Option<int?>("--runs", "-n")
        {
            Description = $"Monte Carlo runs per claim and model, {ClaimsQuestion.MinRuns}–{ClaimsQuestion.MaxRuns} (default {ClaimsQuestion.DefaultRuns}, as the API and the claims page)",
        };
        var seed = new Option<ulong?>("--seed", "-s") { Description = $"Seed; the same seed gives identical output (default {ClaimsQuestion.DefaultSeed})" };
        var id = new Option<string?>("--claim") { Description = "Evaluate only this claim id (default: every tracked claim)" };
        var sensitivity = new Option<bool>("--sensitivity") { Description = "Also rank what drives each commodity's answer: one-at-a-time swings (P10 to P90) of the share at the due date and of the shortfall under the ban" };
        var year = CommonOptions.Year();
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command(name, "Evaluate tracked claims (data/claims.csv): per commodity, the probability that each predicate holds at the due date, and every assumption used.");
        command.Options.Add(runs);
        command.Options.Add(seed);
        command.Options.Add(id);
        command.Options.Add(sensitivity);
        command.Options.Add(year);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var library = SimulationInputs.Library;
            var data = await context.OpenDataset(r.GetValue(LodestoneApp.Db), ct);
            var request = ClaimsQuestion.Request(library, data, r.GetValue(id), r.GetValue(runs), r.GetValue(seed), r.GetValue(sensitivity), r.GetValue(year));
            var answer = ClaimsQuestion.Answer(data, request, library, cancellationToken: ct);
            if (r.GetValue(format) == OutputFormat.Json)
            {
                JsonOutput.Write(context.Out, answer);
                return 0;
            }
            foreach (var e in answer.Claims)
            {
                Render(context.Console, e, answer.Year);
            }
            if (answer.Claims.Count == 0)
            {
                context.Console.MarkupLine("No tracked claims.");
            }
            return 0;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, ClaimEvaluation e, int? year)
    {
        var c = e.Claim;
        console.MarkupLine($"[bold]{Markup.Escape(c.Speaker)}[/], {c.Said}: \"{Markup.Escape(c.Text)}\"");
        console.MarkupLine($"[grey]source: {Markup.Escape(c.SourceTitle)}{(c.Reported is { } rep ? ", reported " + rep : "")}{(c.SourceFile is { } f ? " (" + Markup.Escape(f) + ")" : "")}[/]");
        console.MarkupLine($"Due {c.Due} (month {e.DueMonth} from {c.Said.Year}-{c.Said.Month:00}); scenario [bold]{Markup.Escape(e.Scenario)}[/]; {e.Runs:N0} runs, seed {e.Seed}; data year {year} (as [bold]exposure --year {year}[/]).");
        console.MarkupLine("[grey]Traced now and the share at the due date are bounds: untraced origins counted as free of the supplier – as the supplier's.[/]");
        var table = new Table().AddColumns("commodity", "stage", "traced now", "share at due P50 [[P5–P95 of the lower]]", "P(share < 50 %) [[untraced as concern]]",
            "P(share < 20 %)", "P(no shortfall under ban)", "verdict");
        foreach (var v in e.Commodities)
        {
            table.AddRow(Markup.Escape(v.Commodity), v.Stage, Markup.Escape(Traced(v)),
                $"{Range(v.ShareAtDue, v.ShareAtDueIfUntracedIsConcern)} [[{Pct(v.ShareAtDueP5)} – {Pct(v.ShareAtDueP95)}]]",
                $"{P(v.ShareBelowHalf, v.ShareBelowHalfStandardError)} [[{P(v.ShareBelowHalfIfUntracedIsConcern, v.ShareBelowHalfIfUntracedIsConcernStandardError)}]]",
                P(v.ShareBelowFifth, v.ShareBelowFifthStandardError), P(v.NoShortfallUnderBan, v.NoShortfallUnderBanStandardError), Markup.Escape(v.Verdict));
        }
        console.Write(table);
        console.MarkupLine($"[grey]P ± its Monte Carlo standard error √(p(1 − p)/n) over {e.Runs:N0} runs: sampling error only; a P of 0 or 1 means no run of {e.Runs:N0} disagreed, not certainty.[/]");
        foreach (var group in e.Commodities.GroupBy(v => v.Verdict))
        {
            console.MarkupLine(Markup.Escape($"{group.Key}: {group.Count()} of {e.Commodities.Count} ({string.Join(", ", group.Select(v => v.Commodity + " " + v.Stage))})"));
        }
        foreach (var v in e.Commodities.Where(v => v.Missing.Count > 0))
        {
            console.MarkupLine(Markup.Escape($"{v.Commodity} {v.Stage} cannot be judged yet: {v.Missing[0]}"));
        }
        if (e.Sensitivity is { } drivers)
        {
            SensitivityRenderer.Write(console, drivers.ShareAtDue, $"the {e.Commodities.Count} shares at the due date");
            SensitivityRenderer.Write(console, drivers.ShortfallUnderBan, "the shortfall at the due date under the claim test's ban");
        }
        console.MarkupLine("[bold]Assumptions[/]");
        foreach (var a in e.Assumptions)
        {
            console.MarkupLine(" - " + Markup.Escape(a));
        }
    }

    private static string Traced(CommodityVerdict v) =>
        v.TracedNowLow is not { } low || v.TracedNowHigh is not { } high ? "—"
        : Math.Abs(high - low) < 1e-9 ? Pct(low) : Pct(low) + " – " + Pct(high);

    // Spaces around the dash: a narrow column then wraps between the two figures, never inside one ("100.\n0%").
    private static string Range(double low, double high) => Math.Abs(high - low) < 5e-4 ? Pct(low) : Pct(low) + " – " + Pct(high);

    private static string Pct(double value) => value.ToString("0.0%", CultureInfo.InvariantCulture);

    private static string P(double value, double standardError) => SimulationRenderer.Probability(value, standardError);
}
