using System.Globalization;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.Sensitivity;
using Lodestone.Web.Dashboard.Components;
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

    public static IResult Render(SimulationJobs jobs, DatasetHolder data, string id)
    {
        if (jobs.Find(id) is not { } job)
        {
            return ErrorPage.NotFound($"No simulation run “{id}” on this server (runs are kept in its database; the oldest finished ones make way after {SimulationJobs.Capacity}).");
        }
        var dataset = data.Current;
        var known = job.Result?.Parameters.Select(p => p.Basis).Where(dataset.Sources.ContainsKey).ToHashSet(StringComparer.Ordinal) ?? [];
        return Page.Render<SimulationJobView>(new
        {
            Job = job,
            KnownSources = (IReadOnlySet<string>)known,
            CliOptions = SensitivityOptions(job.Request),
        });
    }

    /// <summary>The CLI options that ask for the job's sensitivity analysis, or nothing.</summary>
    private static string SensitivityOptions(SimulationJobRequest request) =>
        !request.Sensitivity ? ""
            : " --sensitivity" + (request.SensitivityMetric is { } m && m != SensitivityHeadline.DefaultMetric.Name() ? " --sensitivity-metric " + m : "")
                + (request.SensitivityMonth is { } month && month != request.Horizon ? " --sensitivity-month " + month.ToString(CultureInfo.InvariantCulture) : "");
}
