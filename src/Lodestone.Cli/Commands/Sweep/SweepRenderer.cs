using System.Globalization;
using Lodestone.Simulation.Sweeps;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Sweep;

/// <summary>The table of a sweep: one row per cell with its predicates' probabilities, then one row per plan cell with
/// the probability
/// its cap holds and its expected shortfall; <c>--format json</c> has every figure.</summary>
internal static class SweepRenderer
{
    public static void Write(IAnsiConsole console, SweepReport report, string how)
    {
        var table = new Table().Title($"Sweep {Markup.Escape(report.Sweep)}: {report.Cells.Count} cells").AddColumns("scenario", "commodity", "runs", "seed", "predicates (P)");
        foreach (var cell in report.Cells)
        {
            var predicates = cell.Result is { } result
                ? string.Join("\n", result.Probabilities.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Predicate} {p.Commodity}: {p.P:0.000}")))
                : "missing: " + cell.Missing;
            table.AddRow(Markup.Escape(cell.Scenario), Markup.Escape(cell.Commodity ?? "all"), cell.Runs.ToString("N0", CultureInfo.InvariantCulture),
                cell.Seed.ToString(CultureInfo.InvariantCulture), Markup.Escape(predicates));
        }
        console.Write(table);
        if (report.Plans.Count > 0)
        {
            console.Write(Plans(report));
        }
        console.MarkupLine($"[grey]{Markup.Escape(how)}; --format json lists every month, quantile and parameter of each cell.[/]");
    }

    private static Table Plans(SweepReport report)
    {
        var table = new Table().Title($"Plans: {report.Plans.Count} replays")
            .AddColumns("scenario", "plan", "commodity", "runs", "seed", "P(cap holds)", "expected shortfall");
        foreach (var cell in report.Plans)
        {
            var (p, shortfall) = cell.Robustness is { } r
                ? (r.ProbabilityCapHolds.ToString("0.###", CultureInfo.InvariantCulture),
                    string.Join("\n", r.ExpectedShortfallUnits.Select(kv =>
                        string.Create(CultureInfo.InvariantCulture, $"{kv.Key}: {kv.Value:#,0.##}"))))
                : ("—", cell.Skipped ?? "");
            table.AddRow(Markup.Escape(cell.Scenario), Markup.Escape(cell.Plan), Markup.Escape(cell.Commodity ?? "—"),
                cell.Runs.ToString("N0", CultureInfo.InvariantCulture), cell.Seed.ToString(CultureInfo.InvariantCulture), p,
                Markup.Escape(shortfall));
        }
        return table;
    }
}
