using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Lodestone.Web.Api;

/// <summary><c>/health</c>: a liveness probe that touches nothing; also the hello-world baseline of the wrk benchmark.</summary>
public static class HealthEndpoints
{
    public static RouteHandlerBuilder MapHealthEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/health", Health)
            .WithTags("Health")
            .WithName("Health")
            .WithSummary("Answers \"ok\" when the server is up.");

    internal static Ok<string> Health() => TypedResults.Ok("ok");
}
