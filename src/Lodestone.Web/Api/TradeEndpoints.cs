using Lodestone.Queries.Trade;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/api/trade</c>: bilateral trade as CEPII BACI records it, the same document as <c>lodestone trade --format json</c>, answered by <see cref="TradeQuestion"/>.</summary>
internal static class TradeEndpoints
{
    public static RouteGroupBuilder MapTradeEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/trade").WithTags("Trade");
        group.MapGet("/", Get)
            .WithName("GetTrade")
            .WithSummary("Bilateral trade in a commodity (CEPII BACI): partners of an importer or exporter with value, tonnes, share and unit value; the world's top exporters; the supplier's share of recorded world exports 2002-2024. Bundle codes are shown as bundles.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    internal static Ok<TradeJson> Get(DatasetHolder data, [FromQuery] string? commodity, [FromQuery] string? importer, [FromQuery] string? exporter,
        [FromQuery] int? year, [FromQuery] string? supplier)
    {
        var dataset = data.Current;
        return TypedResults.Ok(TradeQuestion.Answer(dataset, TradeQuestion.Request(dataset, commodity, importer, exporter, year, supplier)));
    }
}
