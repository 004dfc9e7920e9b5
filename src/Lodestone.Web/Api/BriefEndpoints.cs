using Lodestone.Domain.Brief;
using Lodestone.Queries.Brief;
using Lodestone.Web.Caching;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/brief</c>: the dependency brief, the same document as <c>lodestone brief --format json</c> (docs/brief.md), answered by <see cref="BriefQuestion"/>.</summary>
internal static class BriefEndpoints
{
    public static RouteGroupBuilder MapBriefEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/brief").WithTags("Brief");
        group.MapGet("/", Get)
            .CachedPerSnapshot()
            .WithName("GetBrief")
            .WithSummary("The dependency brief for an importer and a supplier of concern: per commodity, stage shares, HHI, net import reliance, controls and a flag.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static Ok<DependencyBrief> Get(
        DatasetHolder data,
        BriefCache cache,
        [FromQuery] string? importer,
        [FromQuery] string? supplier,
        [FromQuery] int? year,
        [FromQuery(Name = "as_of")] string? asOf)
    {
        var dataset = data.Current;
        return TypedResults.Ok(cache.GetOrCompute(dataset, BriefQuestion.Request(dataset, importer, supplier, year, asOf, data.Today)));
    }
}
