using System.Globalization;
using Lodestone.Simulation.Scenarios;
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
        var h = new Html();
        h.Element("p", "Run a shipped disruption scenario by Monte Carlo: the server queues the job, one at a time, and shows its fan charts when done. "
            + "The same scenario, runs and seed give the same figures as the lodestone simulate command.", ("class", "lead"));
        h.Raw("<form class=\"picker runner\" method=\"post\" action=\"/simulations\">")
            .Raw("<label for=\"scenario\">Scenario</label><select id=\"scenario\" name=\"scenario\">");
        foreach (var n in names)
        {
            h.Open("option", ("value", n), ("selected", n == chosen ? "selected" : null)).Text(n).Close("option");
        }
        h.Raw("</select><label for=\"runs\">Runs</label>")
            .Open("input", ("id", "runs"), ("name", "runs"), ("type", "number"), ("min", "1"), ("max", SimulationRequests.MaxRuns.ToString(CultureInfo.InvariantCulture)),
                ("value", SimulationRequests.DefaultRuns.ToString(CultureInfo.InvariantCulture)), ("required", "required"))
            .Raw("<label for=\"seed\">Seed</label>")
            .Open("input", ("id", "seed"), ("name", "seed"), ("type", "number"), ("min", "0"), ("value", SimulationRequests.DefaultSeed.ToString(CultureInfo.InvariantCulture)), ("required", "required"))
            .Raw("<button type=\"submit\">Run</button></form>");
        var recent = jobs.Recent();
        h.Raw("<h2>Recent runs</h2>");
        if (recent.Count == 0)
        {
            h.Element("p", "No runs yet on this server.", ("class", "empty"));
            return Layout.Page("Simulations", h);
        }
        h.Raw("<div class=\"scroll\"><table id=\"jobs\"><thead><tr><th scope=\"col\">Scenario</th><th scope=\"col\">Runs</th><th scope=\"col\">Seed</th>")
            .Raw("<th scope=\"col\">Status</th><th scope=\"col\">Started</th></tr></thead><tbody>");
        foreach (var j in recent)
        {
            h.Raw("<tr><th scope=\"row\">").Link("/simulations/" + Html.Segment(j.Id), j.Scenario).Raw("</th><td class=\"n\">").Text(Html.Number(j.Runs))
                .Raw("</td><td class=\"n\">").Text(j.Seed.ToString(CultureInfo.InvariantCulture)).Raw("</td><td>").Text(StatusText(j))
                .Raw("</td><td class=\"date\">").Text(j.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)).Raw("</td></tr>");
        }
        h.Raw("</tbody></table></div>");
        return Layout.Page("Simulations", h);
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
        return new SeeOther("/simulations/" + Html.Segment(job.Id));
    }

    public static string StatusText(SimulationJob job) => job.Status switch
    {
        SimulationJobStatus.Queued => "queued",
        SimulationJobStatus.Running => "running, " + Html.Percent(job.Progress * 100),
        SimulationJobStatus.Succeeded => "done",
        _ => "failed",
    };
}
