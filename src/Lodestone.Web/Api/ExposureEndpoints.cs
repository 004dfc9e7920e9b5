using Lodestone.Exposure.Contracts;
using Lodestone.Queries.Exposure;
using Lodestone.Web.Caching;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/exposure</c>: direct, effective (multi-tier), control-adjusted and transit exposure, the same document as
/// <c>lodestone exposure --format json</c>, answered by <see cref="ExposureQuestion"/>.</summary>
internal static class ExposureEndpoints
{
    public static RouteGroupBuilder MapExposureEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/exposure").WithTags("Exposure");
        // Tracing every commodity and stage takes ~2 s of CPU: under 64 connections of the soak (docs/reliability.md) the
        // uncached document starved every other request. It is a function of the snapshot, the query and today's date.
        group.MapGet("/", Get)
            .CachedPerSnapshot()
            .WithName("GetExposure")
            .WithSummary("Exposure of an importer to a supplier per commodity and stage: direct (world stage share), effective (traced through the supply chain), control-adjusted, transit, top paths. Shares are fractions 0–1.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static Ok<ExposureJson> Get(
        DatasetHolder data,
        [FromQuery] string? importer,
        [FromQuery] string? supplier,
        [FromQuery] string? commodity,
        [FromQuery] string? stage,
        [FromQuery] int? year,
        [FromQuery(Name = "as_of")] string? asOf)
    {
        var dataset = data.Current;
        return TypedResults.Ok(ExposureQuestion.Answer(dataset, ExposureQuestion.Request(dataset, importer, supplier, commodity, stage, year, asOf, data.Today)));
    }
}
