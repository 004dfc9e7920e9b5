using Lodestone.Simulation.Scenarios;
using Lodestone.Web.Caching;
using Lodestone.Web.Hosting;
using Lodestone.Web.Security;
using Lodestone.Web.Simulations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Dashboard;

/// <summary>The analysis pages: exposure, the scenario runner and its jobs, and the claims; excluded from the OpenAPI document.</summary>
internal static class AnalysisPages
{
    public static RouteGroupBuilder MapAnalysisPages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("").ExcludeFromDescription().WithTags("Dashboard");
        group.MapGet("/exposure", (DatasetHolder data, [FromQuery] string? importer, [FromQuery] string? supplier, [FromQuery] string? commodity) =>
                ExposurePage.Render(data, importer, supplier, commodity))
            .CachedPerSnapshot()
            .WithName("ExposurePage").WithSummary("Direct vs effective exposure by stage, and the supply paths of one mineral.");
        group.MapGet("/simulations", (ScenarioLibrary library, SimulationJobs jobs, [FromQuery] string? scenario) => SimulationsPage.Render(library, jobs, scenario))
            .WithName("SimulationsPage").WithSummary("The scenario runner and recent runs.");
        group.MapPost("/simulations", SimulationsPage.Submit)
            .RequireRateLimiting(Api.SubmissionRateLimits.Policy)
            .WithName("StartSimulationFromForm").WithSummary("Starts a run of a shipped scenario from the runner form; 303 to the run's page.")
            .WithMetadata(new OpenComputation("runs a shipped scenario only; same-origin browser posts only (no cookies, so no ambient credential to forge)"))
            .DisableAntiforgery();
        group.MapGet("/simulations/{id}", (SimulationJobs jobs, DatasetHolder data, string id) => SimulationJobPage.Render(jobs, data, id))
            .WithName("SimulationPage").WithSummary("One run: progress, then fan charts, data tables, predicates and inputs.");
        group.MapGet("/claims", (DatasetHolder data, ClaimsCache cache, ScenarioLibrary library, [FromQuery] int? runs) => ClaimsPage.Render(data, cache, library, runs))
            .WithName("ClaimsPage").WithSummary("Tracked claims with probabilities, verdicts, horizons and sources.");
        return group;
    }
}
