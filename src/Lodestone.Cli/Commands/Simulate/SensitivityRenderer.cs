using System.Globalization;
using Lodestone.Simulation.Sensitivity;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Simulate;

/// <summary>Table rendering of a one-at-a-time sensitivity report: per market, the ranked drivers of the headline figure.</summary>
internal static class SensitivityRenderer
{
    /// <summary>Drivers shown per market in a table (JSON lists all of them).</summary>
    public const int Shown = 8;

    public static void Write(IAnsiConsole console, SensitivityReport report, string headline)
    {
        var percent = report.Metric != "price_index";
        console.MarkupLine($"[bold]What drives {Markup.Escape(headline)}[/] ({Markup.Escape(report.Metric)} at month {report.Month}, {report.Date}): "
            + $"{report.Parameters} parameters swung.");
        console.MarkupLine($"[grey]{Markup.Escape(report.Method)}. {Markup.Escape(report.Reference)}.[/]");
        foreach (var market in report.Markets)
        {
            var title = $"{Markup.Escape(market.Commodity)} / {market.Stage}: {Value(market.Base, percent)} with every parameter at its median";
            if (market.Drivers.Count == 0)
            {
                console.MarkupLine(title + "; no parameter moves it.");
                continue;
            }
            var table = new Table().Title(title).AddColumns("#", "parameter", "P10 → P90", "figure at P10", "figure at P90", "swing");
            foreach (var (swing, i) in market.Drivers.Take(Shown).Select((s, i) => (s, i)))
            {
                table.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), Markup.Escape(ShortName(swing.Parameter)),
                    string.Create(CultureInfo.InvariantCulture, $"{swing.Low:G4} → {swing.High:G4}"),
                    Value(swing.AtLow, percent), Value(swing.AtHigh, percent), Value(swing.Swing, percent) + Bar(swing.Swing, market.Drivers[0].Swing));
            }
            console.Write(table);
            if (market.Drivers.Count > Shown)
            {
                console.MarkupLine($"[grey]{market.Drivers.Count - Shown} more with smaller swings in --format json.[/]");
            }
        }
    }

    /// <summary>"spare_capacity" for "gallium/refining.spare_capacity": the market is the table's title.</summary>
    private static string ShortName(string parameter)
    {
        var dot = parameter.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? parameter : parameter[(dot + 1)..];
    }

    private static string Value(double value, bool percent) => percent
        ? value.ToString("0.0%", CultureInfo.InvariantCulture)
        : value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A text bar of up to 20 cells, the tornado in the terminal.</summary>
    private static string Bar(double swing, double largest) =>
        largest > 0 ? " " + new string('█', Math.Max(1, (int)Math.Round(20 * swing / largest))) : "";
}
