using System.Globalization;
using Lodestone.Simulation.Scenarios;
using Lodestone.Web.Dashboard.Components;
using Lodestone.Web.Hosting;
using Lodestone.Web.Security;
using Lodestone.Web.Simulations;
using Microsoft.AspNetCore.Http;

namespace Lodestone.Web.Dashboard;

/// <summary>The scenario runner: a plain form that starts a job on a shipped scenario, and the recent jobs.</summary>
/// <remarks>
/// The form posts to <c>/simulations</c>, which answers 303 to the job's page (post/redirect/get), so it works without script.
/// The POST is open without the API key because it writes nothing (see <see cref="Security.OpenComputation"/>); cross-site posts
/// are refused by <see cref="SameOrigin"/> so another site cannot make visitors' browsers queue work here.
/// </remarks>
internal static class SimulationsPage
{
    public static IResult Render(ScenarioLibrary library, SimulationJobs jobs, string? scenario)
    {
        var names = library.Names();
        var chosen = names.Contains(scenario ?? "") ? scenario : names.Contains("baseline") ? "baseline" : names.FirstOrDefault();
        return Page.Render<SimulationsView>(new { Names = names, Chosen = chosen, Recent = jobs.Recent() });
    }

    /// <summary>Checks the form, queues the job and answers 303 to its page; a refused form gets an HTML error page with the reason.</summary>
    public static async Task<IResult> Submit(HttpContext http, ScenarioLibrary library, SimulationJobs jobs, DatasetHolder data, AccessPolicy policy)
    {
        if (!SameOrigin.IsSameOrigin(http.Request))
        {
            return ErrorPage.Forbidden("Runs can only be started from this site’s own form.");
        }
        if (!http.Request.HasFormContentType)
        {
            return ErrorPage.BadRequest("Expected the runner form (application/x-www-form-urlencoded).");
        }
        var (form, status, reason) = await FormLimits.ReadAsync(http);
        if (form is null)
        {
            return ErrorPage.Render(status == StatusCodes.Status413PayloadTooLarge ? "Payload too large" : "Bad request", reason, status);
        }
        var errors = new List<string>();
        int? runs = null;
        if (int.TryParse(form["runs"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var r))
        {
            runs = r;
        }
        else
        {
            errors.Add($"runs must be a whole number between 1 and {SimulationRequests.MaxRuns}.");
        }
        ulong? seed = null;
        if (ulong.TryParse(form["seed"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s))
        {
            seed = s;
        }
        else
        {
            errors.Add("seed must be a whole number, 0 or more.");
        }
        if (errors.Count > 0)
        {
            return ErrorPage.BadRequest(string.Join(" ", errors));
        }
        var scenario = form["scenario"].ToString();
        if (!SimulationRequests.TryPlan(library, data.Current, new SimulationAsk(scenario, null, runs, seed, null, Sensitivity: true), out var plan, out var rejection))
        {
            return rejection!.Status == StatusCodes.Status404NotFound ? ErrorPage.NotFound(rejection.Detail) : ErrorPage.BadRequest(rejection.Detail);
        }
        var outcome = jobs.TrySubmit(plan!, JobClient.Of(http, policy), out var job);
        if (outcome == SubmitOutcome.ClientLimit)
        {
            http.Response.Headers.RetryAfter = "30";
            return ErrorPage.Render("Too many runs", $"You already have {SimulationJobs.PerClientUnfinished} runs queued or running; try again when one has finished.",
                StatusCodes.Status429TooManyRequests);
        }
        if (job is null)
        {
            return ErrorPage.Busy($"The queue is full ({SimulationJobs.Capacity} runs, {SimulationJobs.KeyedReserve} kept for API-key callers); try again when one has finished.");
        }
        return new SeeOther("/simulations/" + Format.Segment(job.Id));
    }

    public static string StatusText(SimulationJob job) => job.Status switch
    {
        SimulationJobStatus.Queued => "queued",
        SimulationJobStatus.Running => "running, " + Format.Percent(job.Progress * 100),
        SimulationJobStatus.Succeeded => "done",
        _ => "failed",
    };
}
