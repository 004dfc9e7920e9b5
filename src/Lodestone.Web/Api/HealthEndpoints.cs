using System.Data.Common;
using System.Globalization;
using Lodestone.Domain.Errors;
using Lodestone.Web.Contracts;
using Lodestone.Web.Hosting;
using Lodestone.Web.Simulations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary>
/// <c>/health</c>: liveness, a probe that touches nothing (also the hello-world baseline of the wrk benchmark);
/// <c>/health/ready</c>: readiness, the database answering. Both are open even when reads need the key (probes carry none).
/// </summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/health", Health)
            .WithTags("Health")
            .WithName("Health")
            .WithSummary("Liveness: answers \"ok\" when the process is up (checks nothing else).");
        routes.MapGet("/health/ready", Ready)
            .WithTags("Health")
            .WithName("Ready")
            .WithSummary("Readiness: 200 when the snapshot is loaded and the database (job queue, news store) answers; 503 with the reason otherwise. For load balancers.")
            .Produces<ReadinessDto>(StatusCodes.Status503ServiceUnavailable);
        return routes;
    }

    internal static Ok<string> Health() => TypedResults.Ok("ok");

    internal static async Task<Results<Ok<ReadinessDto>, JsonHttpResult<ReadinessDto>>> Ready(DatasetHolder data, SimulationJobs jobs, NewsAccess news)
    {
        var loadedAt = data.LoadedAt.ToString("O", CultureInfo.InvariantCulture);
        try
        {
            // One round trip each, off the request thread: the stores' calls are synchronous ADO.NET.
            var queued = await Task.Run(() => jobs.Store.QueueDepth(SimulationJobs.Kind));
            var problem = await Task.Run(() => NewsProblem(news));
            return problem is null
                ? TypedResults.Ok(new ReadinessDto("ready", "ok", queued, loadedAt))
                : NotReady(problem, queued, loadedAt);
        }
        catch (Exception e) when (e is DbException or LodestoneException or IOException or InvalidOperationException)
        {
            return NotReady("the job queue did not answer: " + e.Message.Split('\n')[0], null, loadedAt);
        }
    }

    /// <summary>Null when the news store opens (or none is configured), else why not.</summary>
    private static string? NewsProblem(NewsAccess news)
    {
        if (!news.IsConfigured)
        {
            return null;
        }
        if (!news.TryOpen(out var store, out var reason))
        {
            return reason;
        }
        store.Dispose();
        return null;
    }

    private static JsonHttpResult<ReadinessDto> NotReady(string reason, long? queued, string loadedAt) =>
        TypedResults.Json(new ReadinessDto("not_ready", reason, queued, loadedAt), statusCode: StatusCodes.Status503ServiceUnavailable);
}
