using Lodestone.Queries.Risk;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/risk</c>: supply risk by published methods, the same document as <c>lodestone risk --format json</c>, answered by <see cref="RiskQuestion"/>.</summary>
internal static class RiskEndpoints
{
    public static RouteGroupBuilder MapRiskEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/risk").WithTags("Risk");
        group.MapGet("/", Get)
            .WithName("GetRisk")
            .WithSummary("Supply-risk scores by published methods (method=eu|geopolrisk|usgs|all) per commodity, every input shown; insufficient_data with the reason where an input is missing.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static Ok<RiskJson> Get(DatasetHolder data, [FromQuery] string? importer, [FromQuery] string? method, [FromQuery] string? commodity,
        [FromQuery] int? year, [FromQuery(Name = "as_of")] string? asOf)
    {
        var dataset = data.Current;
        return TypedResults.Ok(RiskQuestion.Answer(dataset, RiskQuestion.Request(dataset, importer, method, commodity, year, asOf, data.Today)));
    }
}
