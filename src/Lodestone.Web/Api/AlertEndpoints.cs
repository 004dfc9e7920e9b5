using Lodestone.Web.Contracts;
using Lodestone.Web.Hosting;
using Lodestone.Web.Watching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/alerts</c>: figures of the brief that accepted changes (news proposals, data imports) altered, with their webhook delivery.</summary>
internal static class AlertEndpoints
{
    /// <summary>Most alerts one list returns.</summary>
    public const int MaxLimit = 500;

    public static RouteGroupBuilder MapAlertEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/alerts").WithTags("Alerts")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/", List)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithName("ListAlerts")
            .WithSummary("Alerts, newest first: which brief figure an accepted change altered, old and new as the brief shows them, which change, when, and the webhook delivery.");
        group.MapGet("/{id}", Get)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetAlert")
            .WithSummary("One alert with every try at posting it to the webhook.");
        return group;
    }

    internal static Results<Ok<IReadOnlyList<AlertDto>>, ProblemHttpResult> List(AlertAccess alerts, [FromQuery] int? limit)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return ApiProblems.Of(Domain.Errors.ErrorCode.BadArguments, $"limit must be 1–{MaxLimit}, got {limit}", "limit");
        }
        if (alerts.Store is not { } store)
        {
            return ApiProblems.StorageUnavailable(AlertAccess.UnavailableReason);
        }
        IReadOnlyList<AlertDto> list = store.Recent(limit ?? 100).Select(a => AlertDto.From(a)).ToList();
        return TypedResults.Ok(list);
    }

    internal static Results<Ok<AlertDto>, ProblemHttpResult> Get(AlertAccess alerts, long id)
    {
        if (alerts.Store is not { } store)
        {
            return ApiProblems.StorageUnavailable(AlertAccess.UnavailableReason);
        }
        return store.Find(id) is { } alert
            ? TypedResults.Ok(AlertDto.From(alert, store.Deliveries(id)))
            : ApiProblems.NotFound($"no alert with id {id}");
    }
}
