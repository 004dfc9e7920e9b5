using Lodestone.Queries.Claims;
using Lodestone.Simulation.Scenarios;
using Lodestone.Web.Claims;
using Lodestone.Web.Contracts;
using Lodestone.Web.Hosting;
using Lodestone.Web.Security;
using Lodestone.Web.Simulations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/claims</c>: the tracked claims (data/claims.csv) tested by Monte Carlo, the same document as <c>lodestone claims evaluate --format json</c>, answered by <see cref="ClaimsQuestion"/>.</summary>
internal static class ClaimsEndpoints
{
    public static RouteGroupBuilder MapClaimsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/claims").WithTags("Claims");
        group.MapGet("/", Get)
            .WithName("EvaluateClaims")
            .WithSummary("Each tracked claim (or the one named by claim) with, per commodity, the probability that each of its predicates holds at the due date, and every assumption used. Runs 100-20000 per claim and model (default 2000), seed 1 by default, data year (year=) the newest complete one by default, as the CLI and /api/exposure; sensitivity=true adds the one-at-a-time drivers of each commodity's share at the due date and of its shortfall under the ban; cached per dataset and request.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/jobs", Submit)
            .WithName("StartClaimsJob")
            .WithSummary("Queues the same evaluation as a durable job (kept in the database, run by any server, picked up again after a restart); answers 202 with the job and its Location. Same query parameters as GET /api/claims.")
            .WithMetadata(new OpenComputation("claims are computed over shipped inputs; the job list is bounded"))
            .RequireRateLimiting(SubmissionRateLimits.Policy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/jobs/{id}", GetJob)
            .WithName("GetClaimsJob")
            .WithSummary("A claims job: status, attempts, and once succeeded the result (the GET /api/claims document for its request).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static Results<Accepted<ClaimsJobDto>, ProblemHttpResult> Submit(DatasetHolder data, ScenarioLibrary library, ClaimsJobs jobs, AccessPolicy policy,
        HttpContext http, [FromQuery] string? claim, [FromQuery] int? runs, [FromQuery] ulong? seed, [FromQuery] bool? sensitivity, [FromQuery] int? year)
    {
        // Checked now (400/404 at once, as the GET route), stored as the checked request.
        var request = ClaimsQuestion.Request(library, data.Current, claim, runs, seed, sensitivity ?? false, year);
        return jobs.TrySubmit(request, JobClient.Of(http, policy), out var job) switch
        {
            SubmitOutcome.ClientLimit => ApiProblems.TooManyJobs(http, "claims", ClaimsJobs.PerClientUnfinished),
            SubmitOutcome.Accepted when job is not null => TypedResults.Accepted(ClaimsJobDto.UrlOf(job.Id), ClaimsJobDto.From(job)),
            _ => ApiProblems.JobQueueFull("claims", ClaimsJobs.Capacity, ClaimsJobs.KeyedReserve),
        };
    }

    internal static Results<Ok<ClaimsJobDto>, ProblemHttpResult> GetJob(string id, ClaimsJobs jobs) =>
        jobs.Find(id) is { } job
            ? TypedResults.Ok(ClaimsJobDto.From(job))
            : ApiProblems.NotFound($"no claims job '{id}' (jobs are kept in the database, the oldest finished ones evicted after {ClaimsJobs.Capacity})");

    internal static async Task<Ok<ClaimsJson>> Get(DatasetHolder data, ClaimsCache cache, ScenarioLibrary library,
        [FromQuery] string? claim, [FromQuery] int? runs, [FromQuery] ulong? seed, [FromQuery] bool? sensitivity, [FromQuery] int? year)
    {
        var dataset = data.Current;
        return TypedResults.Ok(await cache.GetOrEvaluate(dataset, ClaimsQuestion.Request(library, dataset, claim, runs, seed, sensitivity ?? false, year)));
    }
}
