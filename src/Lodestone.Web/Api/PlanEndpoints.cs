using Lodestone.Web.Contracts;
using Lodestone.Web.Hosting;
using Lodestone.Web.Plans;
using Lodestone.Web.Security;
using Lodestone.Web.Simulations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/plans/jobs</c>: <c>lodestone plan --robustness</c> as durable jobs, run by any server on the database that carries the planner.</summary>
internal static class PlanEndpoints
{
    public static RouteGroupBuilder MapPlanEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/plans").WithTags("Plans");
        group.MapPost("/jobs", Submit)
            .WithName("StartPlanRobustnessJob")
            .WithSummary("Queues a least-cost diversification plan and its robustness replay under a shipped scenario (the options of `lodestone plan --robustness N`, shipped plans and scenarios by name) as a durable job; answers 202 with the job and its Location. Runs 1-100000 (default 2000), seed 1 and scenario announced-partnerships by default, as_of the server's today by default and stored with the job.")
            .WithMetadata(new OpenComputation("plans are computed over shipped inputs; the job list is bounded"))
            .RequireRateLimiting(SubmissionRateLimits.Policy)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/jobs/{id}", GetJob)
            .WithName("GetPlanRobustnessJob")
            .WithSummary("A plan-robustness job: status, attempts, the stored request, and once succeeded the result (the `lodestone plan --robustness N --format json` document).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static Results<Accepted<PlanJobDto>, ProblemHttpResult> Submit(PlanJobRequestDto body, DatasetHolder data, PlanRunnerAccess planner,
        PlanJobs jobs, AccessPolicy policy, HttpContext http)
    {
        if (planner.Runner is not { } runner)
        {
            return ApiProblems.Unavailable("Planner unavailable", PlanRunnerAccess.Unavailable);
        }
        // Checked now (400/404/422 at once), stored with its defaults so that every run of the job computes the same plan.
        var request = runner.Check(data.Current, body);
        return jobs.TrySubmit(request, JobClient.Of(http, policy), out var job) switch
        {
            SubmitOutcome.ClientLimit => ApiProblems.TooManyJobs(http, "plan", PlanJobs.PerClientUnfinished),
            SubmitOutcome.Accepted when job is not null => TypedResults.Accepted(PlanJobDto.UrlOf(job.Id), PlanJobDto.From(job)),
            _ => ApiProblems.JobQueueFull("plan", PlanJobs.Capacity, PlanJobs.KeyedReserve),
        };
    }

    internal static Results<Ok<PlanJobDto>, ProblemHttpResult> GetJob(string id, PlanJobs jobs) =>
        jobs.Find(id) is { } job
            ? TypedResults.Ok(PlanJobDto.From(job))
            : ApiProblems.NotFound($"no plan job '{id}' (jobs are kept in the database, the oldest finished ones evicted after {PlanJobs.Capacity})");
}
