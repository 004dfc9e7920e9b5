using System.Globalization;
using Lodestone.Queries.Backtest;
using Lodestone.Simulation.Backtest;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Backtest;

/// <summary>The backtest as tables: per episode, each recorded outcome against its forecast; then the calibration and the errors.</summary>
internal static class BacktestRenderer
{
    public static void Table(IAnsiConsole console, BacktestJson answer)
    {
        foreach (var e in answer.Episodes)
        {
            var role = e.Role == EpisodeRole.HeldOut ? "held out (never seen by the calibration)" : "calibration (in sample)";
            console.MarkupLine($"[bold]{Markup.Escape(e.Name)}[/]: {Markup.Escape(e.Title)}");
            console.MarkupLine(Markup.Escape($"{role}; controls {string.Join(", ", e.Controls)}; inputs of {e.BaseYear}; simulated from {e.Start}, {e.Horizon} months, "
                + $"{answer.Runs:N0} runs, seed {answer.Seed}; {answer.Calibration.Parameter} = {Number(e.Calibrated)}; scenario data/backtest/{e.Scenario}"));
            console.Write(Observations(e.Observations));
            foreach (var t in e.Timings)
            {
                console.MarkupLine(Markup.Escape($"  timing {t.Market} {t.Measure} ({string.Join(", ", t.Years)}): model first moves {Year(t.ModelMoves)}, "
                    + $"record {Year(t.RecordMoves)}: {Verdict(t.Verdict)}"));
            }
            foreach (var o in e.Observations)
            {
                console.MarkupLine(Markup.Escape($"  {o.Market} {o.Measure} {o.Year}: {o.Detail}. {o.Note}. Source: {o.Source}"));
            }
            console.MarkupLine(Markup.Escape("  " + Summary(e.Summary)));
            console.WriteLine();
        }
        var c = answer.Calibration;
        console.MarkupLine(Markup.Escape($"Calibration of {c.Parameter} on {string.Join(", ", c.Episodes)} ({c.Reason}); loss: {c.Loss}"));
        var grid = new Table().AddColumns(c.Parameter, "loss");
        foreach (var g in c.Grid)
        {
            grid.AddRow(Number(g.Value) + (g.Value == c.Chosen ? " (chosen)" : ""), Number(g.Loss));
        }
        console.Write(grid);
        console.MarkupLine(Markup.Escape("In sample (calibration episodes): " + Summary(answer.InSample)));
        console.MarkupLine("[bold]" + Markup.Escape("Held out: " + Summary(answer.HeldOut)) + "[/]");
        console.MarkupLine(Markup.Escape($"Held out with {c.Parameter} as the episode files write it (not calibrated): " + Summary(answer.HeldOutUncalibrated)));
        if (answer.HeldOutUncalibratedObservations.Count > 0)
        {
            console.Write(Observations(answer.HeldOutUncalibratedObservations));
        }
        console.MarkupLine("[grey]" + Markup.Escape(BacktestQuestion.Metrics) + "[/]");
    }

    private static Table Observations(IReadOnlyList<ObservationResult> observations)
    {
        var table = new Table().AddColumns("market", "measure", "year", "recorded", "forecast P50 [[P5–P95]]", "in band", "|error|",
            "change model / record");
        foreach (var o in observations)
        {
            table.AddRow(Markup.Escape(o.Market), o.Measure, o.Year.ToString(CultureInfo.InvariantCulture), Number(o.Observed),
                $"{Number(o.P50)} [[{Number(o.P5)}–{Number(o.P95)}]]", o.InsideBand ? "yes" : "[red]no[/]", Number(o.AbsoluteError),
                o.ObservedDirection is null ? "— (no base year)" : $"{Change(o.PredictedChange)} {o.PredictedDirection} / {Change(o.ObservedChange)} {o.ObservedDirection}");
        }
        return table;
    }

    private static string Summary(BacktestSummary s) =>
        s.Observations == 0
            ? "no observations reported"
            : string.Create(CultureInfo.InvariantCulture,
                $"{s.InsideBand} of {s.Observations} recorded values inside the P5–P95 band (coverage {s.Coverage:0.00}), mean |P50 − recorded| {s.MeanAbsoluteError:0.000}, direction right {s.DirectionMatches} of {s.Directions}, timing right {s.TimingMatches} of {s.Timings}");

    private static string Change(double? change) => change is { } c ? c.ToString("+0.000;−0.000;0.000", CultureInfo.InvariantCulture) : "—";

    private static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "never";

    private static string Verdict(string verdict) => verdict switch
    {
        "same_year" => "same year",
        "model_earlier" => "model earlier",
        "model_later" => "model later",
        "model_never" => "the model never moves",
        "record_never" => "the record never moves",
        _ => "neither moves",
    };

    private static string Number(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
