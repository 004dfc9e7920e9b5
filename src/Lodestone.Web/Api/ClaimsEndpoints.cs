using Lodestone.Domain.Errors;
using Lodestone.Simulation.Claims;
using Lodestone.Simulation.Scenarios;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/claims</c>: the tracked claims (data/claims.csv) tested by Monte Carlo, the same document as <c>lodestone claims evaluate --format json</c>.</summary>
public static class ClaimsEndpoints
{
    public static RouteGroupBuilder MapClaimsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/claims").WithTags("Claims");
        group.MapGet("/", Get)
            .WithName("EvaluateClaims")
            .WithSummary("Each tracked claim with, per commodity, the probability that each of its predicates holds at the due date, and every assumption used. Cached per dataset, runs and seed.");
        return group;
    }

    internal static async Task<Results<Ok<IReadOnlyList<ClaimEvaluation>>, ValidationProblem, ProblemHttpResult>> Get(
        DatasetHolder data,
        ClaimsCache cache,
        [FromQuery] int? runs,
        [FromQuery] ulong? seed)
    {
        if (!TryRuns(runs, out var n, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "Bad request", type: ApiProblems.TypeOf(ErrorCode.BadArguments));
        }
        try
        {
            return TypedResults.Ok(await cache.GetOrEvaluate(data.Current, n, seed ?? 1));
        }
        catch (Exception e) when (e is DataValidationException or ScenarioException)
        {
            return ApiProblems.Of(ErrorCode.InvalidData, "the tracked claims or their scenarios on this server are invalid: " + e.Message);
        }
    }

    /// <summary>Runs per claim and model: <see cref="ClaimsCache.DefaultRuns"/> unless given, within <see cref="ClaimsCache.MinRuns"/>–<see cref="ClaimsCache.MaxRuns"/>.</summary>
    public static bool TryRuns(int? runs, out int value, out Dictionary<string, string[]> errors)
    {
        errors = [];
        value = runs ?? ClaimsCache.DefaultRuns;
        if (value is < ClaimsCache.MinRuns or > ClaimsCache.MaxRuns)
        {
            errors["runs"] = [$"runs must be between {ClaimsCache.MinRuns} and {ClaimsCache.MaxRuns} (got {value})"];
        }
        return errors.Count == 0;
    }
}
