using Lodestone.Queries.Backtest;
using Lodestone.Simulation.Scenarios;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/backtest</c>: the model replayed from before China's export controls of 2023–2024 against the record, the same
/// document as <c>lodestone backtest --format json</c>, answered by <see cref="BacktestQuestion"/>.</summary>
internal static class BacktestEndpoints
{
    public static RouteGroupBuilder MapBacktestEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/backtest").WithTags("Backtest");
        group.MapGet("/", Get)
            .WithName("Backtest")
            .WithSummary("Past export controls (data/backtest/episodes.yaml) replayed from the inputs of the year before each, with the forecast of each recorded outcome (P5, P50, P95, the recorded value's percentile, inside the band, absolute error of the median, direction), the calibration and the errors of the calibration and held-out episodes. Runs 100-20000 per episode and candidate (default 1000), seed 1 by default, as the CLI; episode= reports one episode; cached per dataset and request.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    internal static async Task<Ok<BacktestJson>> Get(DatasetHolder data, BacktestCache cache, ScenarioLibrary library,
        [FromQuery] string? episode, [FromQuery] int? runs, [FromQuery] ulong? seed) =>
        TypedResults.Ok(await cache.GetOrEvaluate(data.Current, BacktestQuestion.Request(library, episode, runs, seed)));
}
