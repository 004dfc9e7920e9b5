using Lodestone.Web.Contracts;
using Lodestone.Web.Hosting;
using Lodestone.Web.Sweeps;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/sweeps</c>: <c>lodestone sweep FILE</c> as durable jobs, run on the Orleans cluster the server is a client of (or in-process).</summary>
internal static class SweepEndpoints
{
    public static IEndpointRouteBuilder MapSweepEndpoints(this IEndpointRouteBuilder routes)
    {
        // Submitting is a write: a sweep may ask for 10⁹ runs of the cluster's time.
        routes.MapGroup("/api/sweeps").WithTags("Sweeps").RequireApiKey()
            .MapPost("/", Submit)
            .WithName("StartSweep")
            .WithSummary("Queues a sweep (the text of a sweep file: shipped scenarios × commodities × runs × seeds) as a durable job; the server runs its Monte Carlo blocks on the Orleans cluster named by LODESTONE_CLUSTER, else in-process, and the figures are the same bytes either way. Needs the API key; answers 202 with the job and its Location.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        routes.MapGroup("/api/sweeps").WithTags("Sweeps")
            .MapGet("/{id}", GetJob)
            .WithName("GetSweep")
            .WithSummary("A sweep job: status, progress 0-1, attempts, and once succeeded the result (the `lodestone sweep FILE --format json` document).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    internal static Results<Accepted<SweepJobDto>, ProblemHttpResult> Submit(SweepJobRequestDto body, DatasetHolder data, SweepRunnerAccess sweeps, SweepJobs jobs)
    {
        if (sweeps.Runner is not { } runner)
        {
            return ApiProblems.Unavailable("Sweeps unavailable", SweepRunnerAccess.Unavailable);
        }
        if (string.IsNullOrWhiteSpace(body.SweepYaml))
        {
            return ApiProblems.Of(Domain.Errors.ErrorCode.BadArguments, "sweep_yaml: required, the text of a sweep file", "sweep_yaml");
        }
        // Checked now (the file's errors with their line at once), run later by any server with a runner.
        runner.Check(data.Current, body);
        return jobs.TrySubmit(body) is { } job
            ? TypedResults.Accepted(SweepJobDto.UrlOf(job.Id), SweepJobDto.From(job))
            : ApiProblems.JobQueueFull("sweep", SweepJobs.Capacity);
    }

    internal static Results<Ok<SweepJobDto>, ProblemHttpResult> GetJob(string id, SweepJobs jobs) =>
        jobs.Find(id) is { } job
            ? TypedResults.Ok(SweepJobDto.From(job))
            : ApiProblems.NotFound($"no sweep job '{id}' (jobs are kept in the database, the oldest finished ones evicted after {SweepJobs.Capacity})");
}
