using Lodestone.Domain.Model;
using Lodestone.Web.Contracts;
using Lodestone.Web.Hosting;
using Lodestone.Web.Queries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/minerals</c>: the commodity list, one commodity's detail, and one stage's supplier shares.</summary>
public static class MineralEndpoints
{
    public static RouteGroupBuilder MapMineralEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/minerals").WithTags("Minerals");
        group.MapGet("/", List)
            .WithName("ListMinerals")
            .WithSummary("Commodities with data and the largest supplier of each stage; filter by name, stage or leading country.");
        group.MapGet("/{name}", Get)
            .WithName("GetMineral")
            .WithSummary("One commodity: stage shares, producers, reserves, U.S. trade, export controls, agreements, projects and sources.");
        group.MapGet("/{name}/shares", Shares)
            .WithName("GetMineralStageShares")
            .WithSummary("Supplier shares of one stage of a commodity (the data behind the map).");
        return group;
    }

    internal static Results<Ok<PageDto<MineralSummaryDto>>, ValidationProblem> List(
        DatasetHolder data,
        [FromQuery] string? q,
        [FromQuery] string? stage,
        [FromQuery] string? leader,
        [FromQuery] int? page,
        [FromQuery(Name = "page_size")] int? pageSize)
    {
        Paging.TryCreate(page, pageSize, out var paging, out var errors);
        Stage? stageFilter = null;
        if (stage is not null)
        {
            if (StageNames.TryParse(stage, out var s))
            {
                stageFilter = s;
            }
            else
            {
                errors["stage"] = ["stage must be one of mining, refining, components, recycling"];
            }
        }
        Iso3? leaderFilter = null;
        if (leader is not null)
        {
            if (Iso3.TryParse(leader, out var code) && leader.Trim().Length == 3)
            {
                leaderFilter = code;
            }
            else
            {
                errors["leader"] = ["leader must be a three-letter ISO 3166-1 alpha-3 code"];
            }
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Bad request", type: ApiProblems.TypeOf(Domain.Errors.ErrorCode.BadArguments));
        }
        var all = MineralQueries.Summaries(data.Current)
            .Where(m => q is null || m.Name.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(m => stageFilter is null || m.Leaders.Any(l => l.Stage == stageFilter.Value.Name()))
            .Where(m => leaderFilter is null || m.Leaders.Any(l => l.Country == leaderFilter.Value.Code
                && (stageFilter is null || l.Stage == stageFilter.Value.Name())))
            .ToList();
        return TypedResults.Ok(paging.Apply(all));
    }

    internal static Results<Ok<MineralDetailDto>, ProblemHttpResult> Get(DatasetHolder data, string name)
    {
        var dataset = data.Current;
        if (dataset.Commodities.Find(name) is not { } commodity)
        {
            return ApiProblems.NotFound($"no commodity named '{name}'");
        }
        return TypedResults.Ok(MineralQueries.Detail(dataset, commodity, data.Today));
    }

    internal static Results<Ok<StageSharesDto>, ProblemHttpResult> Shares(DatasetHolder data, string name, [FromQuery] string? stage)
    {
        var dataset = data.Current;
        if (dataset.Commodities.Find(name) is not { } commodity)
        {
            return ApiProblems.NotFound($"no commodity named '{name}'");
        }
        if (!StageNames.TryParse(stage ?? "mining", out var s))
        {
            return ApiProblems.BadRequest($"stage must be one of mining, refining, components, recycling; got '{stage}'");
        }
        if (SupplyShares.For(dataset, commodity.Name, s) is not { } table)
        {
            return ApiProblems.NotFound($"no {s.Name()} shares for {commodity.Name} in the knowledge base");
        }
        return TypedResults.Ok(table.ToDto());
    }
}
