using Lodestone.Domain.Errors;
using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Scenarios;
using Lodestone.Web.Contracts;
using Lodestone.Web.Hosting;
using Lodestone.Web.Security;
using Lodestone.Web.Simulations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/simulations</c>: Monte Carlo runs of a scenario as background jobs; results in the <c>lodestone simulate --format json</c> shape.</summary>
/// <remarks>
/// Running a shipped scenario is open like a read (it changes nothing; the job list is bounded and evicts old jobs).
/// Uploading scenario YAML is a write: it needs the API key, checked inside the handler because the same route serves both.
/// </remarks>
internal static class SimulationEndpoints
{
    public static RouteGroupBuilder MapSimulationEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/simulations").WithTags("Simulations");
        group.MapPost("/", Submit)
            .WithName("StartSimulation")
            .WithSummary("Queues a Monte Carlo run of a shipped scenario (open) or of uploaded scenario YAML (needs the API key); answers 202 with the job and its Location.")
            .WithMetadata(new OpenComputation("a shipped scenario is computed over shipped inputs; uploads are checked for the key in the handler"))
            .RequireRateLimiting(SubmissionRateLimits.Policy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/{id}", Get)
            .WithName("GetSimulation")
            .WithSummary("A simulation job: status, progress 0–1, and once succeeded the result (the `lodestone simulate --format json` document).");
        group.MapGet("/{id}/result", Result)
            .WithName("GetSimulationResult")
            .WithSummary("The result of a succeeded simulation job alone, exactly the `lodestone simulate --format json` document.");
        return group;
    }

    internal static Results<Accepted<SimulationJobDto>, ValidationProblem, ProblemHttpResult> Submit(
        SimulationRequestDto body,
        DatasetHolder data,
        ScenarioLibrary library,
        SimulationJobs jobs,
        AccessPolicy policy,
        HttpContext http)
    {
        if (body.ScenarioYaml is not null && !policy.IsAuthorized(http.Request))
        {
            http.Response.Headers.WWWAuthenticate = "ApiKey header=\"" + AccessPolicy.HeaderName + "\"";
            return Unauthorized.Problem(policy, "Scenario uploads");
        }
        if (!SimulationRequests.TryPlan(library, data.Current, new SimulationAsk(body.Scenario, body.ScenarioYaml, body.Runs, body.Seed, body.HorizonMonths,
                body.Sensitivity ?? false, body.SensitivityMetric, body.SensitivityMonth), out var plan, out var rejection))
        {
            return ToProblem(rejection!);
        }
        var outcome = jobs.TrySubmit(plan!, JobClient.Of(http, policy), out var job);
        if (outcome == SubmitOutcome.ClientLimit)
        {
            return ApiProblems.TooManyJobs(http, "simulation", SimulationJobs.PerClientUnfinished);
        }
        if (job is null)
        {
            return ApiProblems.JobQueueFull("simulation", SimulationJobs.Capacity, SimulationJobs.KeyedReserve);
        }
        return TypedResults.Accepted(SimulationJobDto.UrlOf(job.Id), SimulationJobDto.From(job, withResult: false));
    }

    internal static Results<Ok<SimulationJobDto>, ProblemHttpResult> Get(string id, SimulationJobs jobs) =>
        jobs.Find(id) is { } job
            ? TypedResults.Ok(SimulationJobDto.From(job, withResult: true))
            : UnknownJob(id);

    internal static Results<Ok<SimulationReport>, ProblemHttpResult> Result(string id, SimulationJobs jobs) =>
        jobs.Find(id) switch
        {
            null => UnknownJob(id),
            { Result: { } report } => TypedResults.Ok(report),
            var job => ApiProblems.NotFound($"simulation job '{id}' has no result: it is {job.Status.ToString().ToLowerInvariant()}" + (job.Error is null ? "" : " (" + job.Error + ")")),
        };

    /// <summary>A refused request as problem details: a validation problem per field for 400, else a plain problem.</summary>
    private static Results<Accepted<SimulationJobDto>, ValidationProblem, ProblemHttpResult> ToProblem(SimulationRejection rejection) =>
        rejection.Status == StatusCodes.Status400BadRequest
            ? TypedResults.ValidationProblem(rejection.Errors, detail: rejection.Detail, title: "Bad request", type: ApiProblems.TypeOf(rejection.Code),
                extensions: new Dictionary<string, object?> { ["code"] = rejection.Code.Slug() })
            : ApiProblems.Of(rejection.Code, rejection.Detail);


    private static ProblemHttpResult UnknownJob(string id) =>
        ApiProblems.NotFound($"no simulation job '{id}' (jobs are kept in the database, the oldest finished ones evicted after {SimulationJobs.Capacity})");
}
