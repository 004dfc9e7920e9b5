using System.Globalization;
using Lodestone.Simulation.MonteCarlo;
using Spectre.Console;

namespace Lodestone.Cli.Commands.Simulate;

/// <summary>Table and CSV renderings of a <see cref="SimulationReport"/>.</summary>
internal static class SimulationRenderer
{
    public static void WriteTables(IAnsiConsole console, SimulationReport report)
    {
        console.MarkupLine($"[bold]{Markup.Escape(report.Scenario)}[/]: {report.Runs:N0} runs, seed {report.Seed}, from {report.Start} for {report.Horizon} months; importer {report.Importer}, supplier of concern {report.Concern}");
        foreach (var market in report.Months.GroupBy(m => (m.Commodity, m.Stage)))
        {
            var price = report.BasePrices.FirstOrDefault(p => p.Commodity == market.Key.Commodity && p.Stage == market.Key.Stage) is { } start
                ? Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"; price index 1 = {start.Price:#,##0.##} {start.Unit}, {start.Series} {start.Year}{(start.Estimate ? "e" : "")} (USGS)"))
                : "";
            var table = new Table().Title($"{Markup.Escape(market.Key.Commodity)} / {market.Key.Stage}: P50 [[P5–P95]]{price}")
                .AddColumns("month", "shortfall", "concern share", "effective share", "price index");
            var byMonth = market.GroupBy(m => m.Month).ToList();
            foreach (var month in byMonth.Where(g => g.Key == 1 || g.Key % 3 == 0 || g.Key == byMonth.Count))
            {
                string Cell(string metric) => month.First(m => m.Metric == metric) is var q ? Band(q, metric == "price_index") : "";
                table.AddRow(month.First().Date, Cell("shortfall"), Cell("concern_share"), Cell("effective_concern_share"), Cell("price_index"));
            }
            console.Write(table);
        }
        if (report.Probabilities.Count > 0)
        {
            var table = new Table().Title("Predicates (P ± Monte Carlo standard error)").AddColumns("predicate", "commodity", "stage", "condition", "P");
            foreach (var p in report.Probabilities)
            {
                table.AddRow(Markup.Escape(p.Predicate), Markup.Escape(p.Commodity), p.Stage, Markup.Escape(p.Description), Probability(p.P, p.StandardError));
            }
            console.Write(table);
        }
        var assumed = report.Parameters.Count(p => p.IsAssumption);
        int Count(string kind) => report.Parameters.Count(p => p.Uncertainty == kind);
        console.MarkupLine($"[grey]{report.Parameters.Count} parameters, {assumed} of them assumptions; {Count("sampled")} sampled, {Count("exact")} exact, "
            + $"{Count("point estimate")} point estimates; --format json lists each with its source or reason and why it is sampled or exact.[/]");
    }

    public static void WriteCsv(TextWriter writer, SimulationReport report)
    {
        writer.WriteLine("scenario,month,date,commodity,stage,metric,p5,p50,p95,mean");
        foreach (var m in report.Months)
        {
            writer.WriteLine(string.Join(",", Csv(report.Scenario), m.Month.ToString(CultureInfo.InvariantCulture), m.Date, Csv(m.Commodity), m.Stage, m.Metric,
                Number(m.P5), Number(m.P50), Number(m.P95), Number(m.Mean)));
        }
    }

    private static string Band(MonthQuantiles q, bool price) => price
        ? string.Create(CultureInfo.InvariantCulture, $"{q.P50:0.00} [[{q.P5:0.00}–{q.P95:0.00}]]")
        : string.Create(CultureInfo.InvariantCulture, $"{q.P50:0.0%} [[{q.P5:0.0%}–{q.P95:0.0%}]]");

    /// <summary>"0.842 ± 0.008": a Monte Carlo probability with its standard error.</summary>
    public static string Probability(double p, double standardError) =>
        string.Create(CultureInfo.InvariantCulture, $"{p:0.000} ± {standardError:0.000}");

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Csv(string text) => text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal)
        ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : text;
}
