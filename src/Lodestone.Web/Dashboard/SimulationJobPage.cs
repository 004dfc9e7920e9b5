using System.Globalization;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Sensitivity;
using Lodestone.Web.Contracts;
using Lodestone.Web.Hosting;
using Lodestone.Web.Simulations;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>One simulation job: progress while it runs (job.js polls the API and reloads when done), then fan charts, data tables, predicates and inputs.</summary>
/// <remarks>Simulated figures are computed, not published: each links to the inputs table, where every parameter shows its source or why it is an assumption.</remarks>
internal static class SimulationJobPage
{
    /// <summary>The metric the fan chart shows, as the CLI's: the supplier of concern's effective share of the importer's supply.</summary>
    public const string ChartMetric = "effective_concern_share";

    private const string InputsAnchor = "#parameters";

    public static IResult Render(SimulationJobs jobs, DatasetHolder data, string id)
    {
        if (jobs.Find(id) is not { } job)
        {
            return ErrorPage.NotFound($"No simulation run “{id}” on this server (runs are kept in its database; the oldest finished ones make way after {SimulationJobs.Capacity}).");
        }
        var h = new Html();
        h.Open("dl", ("class", "facts"), ("id", "job"), ("data-job", job.Id), ("data-status", job.Status.ToString().ToLowerInvariant()))
            .Raw("<dt>Scenario</dt><dd>").Text(job.Scenario + (job.Uploaded ? " (uploaded)" : "")).Raw("</dd>")
            .Raw("<dt>Runs</dt><dd>").Text(Html.Number(job.Runs)).Raw("</dd><dt>Seed</dt><dd>").Text(job.Seed.ToString(CultureInfo.InvariantCulture))
            .Raw("</dd><dt>Horizon</dt><dd>").Text(job.Horizon.ToString(CultureInfo.InvariantCulture) + " months")
            .Raw("</dd><dt>Status</dt><dd id=\"job-status\">").Text(SimulationsPage.StatusText(job)).Raw("</dd></dl>");
        switch (job.Status)
        {
            case SimulationJobStatus.Queued or SimulationJobStatus.Running:
                h.Open("progress", ("id", "job-progress"), ("max", "1"), ("value", job.Progress.ToString("0.###", CultureInfo.InvariantCulture)))
                    .Text(Html.Percent(job.Progress * 100)).Close("progress")
                    .Raw("<p>This page follows the run and shows the charts when it is done. ")
                    .Link("/simulations/" + Html.Segment(job.Id), "Refresh").Raw(" if it does not.</p>");
                return Layout.Page("Simulation: " + job.Scenario, h, "/js/job.js");
            case SimulationJobStatus.Failed:
                h.Element("p", "The run failed: " + job.Error, ("class", "error"));
                return Layout.Page("Simulation: " + job.Scenario, h);
        }
        Result(h, job.Result!, data.Current);
        h.Raw("<p>").Link(SimulationJobDto.UrlOf(job.Id) + "/result", "The result as JSON").Raw(" (the same document as ")
            .Element("code", $"lodestone simulate {job.Scenario} --runs {job.Runs} --seed {job.Seed}{SensitivityOptions(job.Request)} --format json").Raw(").</p>");
        return Layout.Page("Simulation: " + job.Scenario, h);
    }

    private static void Result(Html h, SimulationReport report, Dataset dataset)
    {
        var markets = report.Months.Where(m => m.Metric == ChartMetric).GroupBy(m => (m.Commodity, m.Stage)).ToList();
        h.Element("p", $"Effective {report.Concern} share of {report.Importer} supply per month from {report.Start}, over {report.Runs:N0} runs (seed {report.Seed}).", ("class", "lead"));
        h.Raw("<div class=\"charts\">");
        var i = 0;
        foreach (var market in markets)
        {
            var months = market.OrderBy(m => m.Month).ToList();
            h.FanChart("fan-" + i++, $"{market.Key.Commodity} / {market.Key.Stage}", $"month (1 = {report.Start})", $"effective {report.Concern} share, %", months);
        }
        h.Raw("</div>");
        if (report.Sensitivity is { } drivers)
        {
            Drivers(h, drivers);
        }
        h.Raw("<h2>Data tables</h2>");
        foreach (var market in markets)
        {
            h.Raw("<details class=\"data\"><summary>").Text($"{market.Key.Commodity} / {market.Key.Stage}: P5, median, P95 per month").Raw("</summary>")
                .Raw("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Month</th><th scope=\"col\">Date</th><th scope=\"col\">P5</th><th scope=\"col\">Median</th><th scope=\"col\">P95</th></tr></thead><tbody>");
            foreach (var q in market.OrderBy(m => m.Month))
            {
                h.Raw("<tr><td class=\"n\">").Text(q.Month.ToString(CultureInfo.InvariantCulture)).Raw("</td><td class=\"date\">").Text(q.Date).Raw("</td>");
                foreach (var v in new[] { q.P5, q.P50, q.P95 })
                {
                    h.Raw("<td class=\"n\">").Computed(Html.Percent(v * 100), InputsAnchor).Raw("</td>");
                }
                h.Raw("</tr>");
            }
            h.Raw("</tbody></table></div></details>");
        }
        if (report.Probabilities.Count > 0)
        {
            h.Raw("<h2>Predicates</h2><div class=\"scroll\"><table id=\"predicates\"><thead><tr><th scope=\"col\">Predicate</th><th scope=\"col\">Market</th><th scope=\"col\">Condition</th><th scope=\"col\">Probability ± standard error</th></tr></thead><tbody>");
            foreach (var p in report.Probabilities)
            {
                h.Raw("<tr><th scope=\"row\">").Text(p.Predicate).Raw("</th><td>").Text(p.Commodity + " / " + p.Stage).Raw("</td><td>").Text(p.Description)
                    .Raw("</td><td class=\"n\">").Computed(p.P.ToString("0.000", CultureInfo.InvariantCulture), InputsAnchor)
                    .Raw(" <small class=\"se\">± ").Text(p.StandardError.ToString("0.000", CultureInfo.InvariantCulture)).Raw("</small></td></tr>");
            }
            h.Raw("</tbody></table></div>");
        }
        Inputs(h, report, dataset);
    }

    private static void Inputs(Html h, SimulationReport report, Dataset dataset)
    {
        var assumed = report.Parameters.Count(p => p.IsAssumption);
        h.Open("h2", ("id", InputsAnchor[1..])).Text("Inputs and their sources").Close("h2")
            .Element("p", $"{report.Parameters.Count} parameters, {assumed} of them assumptions (each says why); "
                + $"{report.Parameters.Count(p => p.Uncertainty == "sampled")} sampled per run, {report.Parameters.Count(p => p.Uncertainty == "exact")} exact, "
                + $"{report.Parameters.Count(p => p.Uncertainty == "point estimate")} point estimates.", ("class", "lead"))
            .Raw("<div class=\"scroll\"><table id=\"inputs\"><thead><tr><th scope=\"col\">Parameter</th><th scope=\"col\">Distribution</th><th scope=\"col\">Source or assumption</th><th scope=\"col\">Sampled or exact, and why</th></tr></thead><tbody>");
        foreach (var p in report.Parameters)
        {
            h.Raw("<tr><th scope=\"row\">").Text(p.Name).Raw("</th><td>").Text(p.Value).Raw("</td><td>");
            if (!p.IsAssumption && dataset.Sources.ContainsKey(p.Basis))
            {
                h.Link("/sources/" + Html.Segment(p.Basis), p.Basis);
            }
            else
            {
                h.Text((p.IsAssumption ? "assumption: " : "") + p.Basis);
            }
            h.Raw("</td><td>").Text(p.Uncertainty + (p.UncertaintyBasis is { } why ? ": " + why : "")).Raw("</td></tr>");
        }
        h.Raw("</tbody></table></div>");
    }

    /// <summary>The tornado chart of each market: what moves its headline figure, from the job's one-at-a-time analysis (the CLI's
    /// <c>simulate --sensitivity</c> table, drawn).</summary>
    private static void Drivers(Html h, SensitivityReport drivers)
    {
        h.Open("h2", ("id", "drivers")).Text("What drives each market").Close("h2")
            .Element("p", $"{drivers.Metric} at month {drivers.Month} ({drivers.Date}): each bar runs from the figure with one parameter at its P10 to the "
                + $"figure at its P90, every other at its median; the line is the figure with all at their medians. {drivers.Parameters} parameters swung; "
                + $"{TornadoSvg.Bars} largest shown per market. Method: {drivers.Method}. {drivers.Reference}.", ("class", "lead"))
            .Raw("<div class=\"charts\">");
        var i = 0;
        foreach (var market in drivers.Markets)
        {
            h.Raw("<figure class=\"tornado\">").Tornado("tornado-" + i++, market, drivers.Metric)
                .Element("figcaption", $"{market.Commodity} / {market.Stage}").Raw("</figure>");
        }
        h.Raw("</div>");
    }

    /// <summary>The CLI options that ask for the job's sensitivity analysis, or nothing.</summary>
    private static string SensitivityOptions(SimulationJobRequest request) =>
        !request.Sensitivity ? ""
            : " --sensitivity" + (request.SensitivityMetric is { } m && m != SensitivityHeadline.DefaultMetric.Name() ? " --sensitivity-metric " + m : "")
                + (request.SensitivityMonth is { } month && month != request.Horizon ? " --sensitivity-month " + month.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>A computed figure linking to what it was computed from (an anchor on the same page).</summary>
    public static Html Computed(this Html h, string text, string anchor) =>
        h.Open("a", ("href", anchor), ("class", "num"), ("title", "computed; see the inputs and their sources")).Text(text).Close("a");
}
