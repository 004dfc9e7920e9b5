using Lodestone.Queries.Contracts;
using Lodestone.Queries.Sources;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/sources</c>: the sources every figure cites, the same documents as <c>lodestone sources --format json</c>, answered by <see cref="SourcesQuestion"/>.</summary>
internal static class SourceEndpoints
{
    public static RouteGroupBuilder MapSourceEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/sources").WithTags("Sources");
        group.MapGet("/", List)
            .WithName("ListSources")
            .WithSummary("Sources, filtered by text in the title or publisher.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", Get)
            .WithName("GetSource")
            .WithSummary("One source: title, publisher, URL, publication date.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static Ok<PageDto<SourceDto>> List(
        DatasetHolder data,
        [FromQuery] string? q,
        [FromQuery] int? page,
        [FromQuery(Name = "page_size")] int? pageSize) =>
        TypedResults.Ok(SourcesQuestion.Answer(data.Current, SourcesQuestion.Request(q, page, pageSize)));

    internal static Ok<SourceDto> Get(DatasetHolder data, string id) => TypedResults.Ok(SourcesQuestion.One(data.Current, id));
}
