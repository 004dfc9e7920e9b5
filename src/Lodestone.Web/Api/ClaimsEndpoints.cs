using Lodestone.Queries.Claims;
using Lodestone.Simulation.Scenarios;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/claims</c>: the tracked claims (data/claims.csv) tested by Monte Carlo, the same document as <c>lodestone claims evaluate --format json</c>, answered by <see cref="ClaimsQuestion"/>.</summary>
public static class ClaimsEndpoints
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
        return group;
    }

    internal static async Task<Ok<ClaimsJson>> Get(DatasetHolder data, ClaimsCache cache, ScenarioLibrary library,
        [FromQuery] string? claim, [FromQuery] int? runs, [FromQuery] ulong? seed, [FromQuery] bool? sensitivity, [FromQuery] int? year)
    {
        var dataset = data.Current;
        return TypedResults.Ok(await cache.GetOrEvaluate(dataset, ClaimsQuestion.Request(library, dataset, claim, runs, seed, sensitivity ?? false, year)));
    }
}
