using Lodestone.Web.Contracts;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/sources</c>: the sources every figure cites.</summary>
public static class SourceEndpoints
{
    public static RouteGroupBuilder MapSourceEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/sources").WithTags("Sources");
        group.MapGet("/", List)
            .WithName("ListSources")
            .WithSummary("Sources, filtered by text in the title or publisher.");
        group.MapGet("/{id}", Get)
            .WithName("GetSource")
            .WithSummary("One source: title, publisher, URL, publication date.");
        return group;
    }

    internal static Results<Ok<PageDto<SourceDto>>, ValidationProblem> List(
        DatasetHolder data,
        [FromQuery] string? q,
        [FromQuery] int? page,
        [FromQuery(Name = "page_size")] int? pageSize)
    {
        if (!Paging.TryCreate(page, pageSize, out var paging, out var errors))
        {
            return TypedResults.ValidationProblem(errors, title: "Bad request", type: ApiProblems.TypeOf(Domain.Errors.ErrorCode.BadArguments));
        }
        var all = data.Current.Sources.Values
            .Where(s => q is null || s.Title.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase)
                || (s.Publisher?.Contains(q.Trim(), StringComparison.OrdinalIgnoreCase) ?? false))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .Select(s => s.ToDto())
            .ToList();
        return TypedResults.Ok(paging.Apply(all));
    }

    internal static Results<Ok<SourceDto>, ProblemHttpResult> Get(DatasetHolder data, string id) =>
        data.Current.Sources.TryGetValue(id, out var source)
            ? TypedResults.Ok(source.ToDto())
            : ApiProblems.NotFound($"no source with id '{id}'");
}
