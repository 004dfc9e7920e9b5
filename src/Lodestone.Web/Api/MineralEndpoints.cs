using Lodestone.Queries;
using Lodestone.Queries.Contracts;
using Lodestone.Queries.Minerals;
using Lodestone.Web.Caching;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/minerals</c>: the commodity list, one commodity's detail, and one stage's supplier shares.</summary>
internal static class MineralEndpoints
{
    public static RouteGroupBuilder MapMineralEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/minerals").WithTags("Minerals");
        group.MapGet("/", List)
            .CachedPerSnapshot()
            .WithName("ListMinerals")
            .WithSummary("Commodities with data (all=true: every commodity) and the largest supplier of each stage; filter by name, stage or leading country; the same document as lodestone minerals --format json; page_size defaults to 200, the whole list.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{name}", Get)
            .CachedPerSnapshot()
            .WithName("GetMineral")
            .WithSummary("One commodity: stage shares, producers, reserves, U.S. trade, export controls, agreements, projects and sources.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{name}/shares", Shares)
            .CachedPerSnapshot()
            .WithName("GetMineralStageShares")
            .WithSummary("Supplier shares of one stage of a commodity (the data behind the map).");
        return group;
    }

    internal static Ok<PageDto<MineralSummaryDto>> List(
        DatasetHolder data,
        [FromQuery] string? q,
        [FromQuery] string? stage,
        [FromQuery] string? leader,
        [FromQuery] int? year,
        [FromQuery] bool? all,
        [FromQuery] int? page,
        [FromQuery(Name = "page_size")] int? pageSize)
    {
        var dataset = data.Current;
        return TypedResults.Ok(MineralListQuestion.Answer(dataset, MineralListQuestion.Request(dataset, q, stage, leader, year, all ?? false, page, pageSize)));
    }

    internal static Ok<MineralDetailDto> Get(DatasetHolder data, string name, [FromQuery(Name = "as_of")] string? asOf, [FromQuery] int? year)
    {
        var dataset = data.Current;
        return TypedResults.Ok(MineralQuestion.Answer(dataset, MineralQuestion.Request(dataset, name, asOf, data.Today, year)));
    }

    internal static Results<Ok<StageSharesDto>, ProblemHttpResult> Shares(DatasetHolder data, string name, [FromQuery] string? stage, [FromQuery] int? year)
    {
        var dataset = data.Current;
        if (MineralQuestion.StageShares(dataset, name, stage, year) is not { } table)
        {
            return ApiProblems.NotFound($"no {stage ?? "mining"} shares for {QueryInput.Commodity(dataset, name, null).Name} in the knowledge base");
        }
        return TypedResults.Ok(table);
    }
}
