using Lodestone.Web.Security;
using Lodestone.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lodestone.Web.Tests.Api;

public sealed class EndpointConventionTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    [Fact]
    public void EveryOwnEndpoint_HasNameAndSummary()
    {
        // Given: every route endpoint the application registered, minus the two that library packages map (OpenAPI document, Scalar page)
        var endpoints = fixture.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !(e.RoutePattern.RawText ?? "").StartsWith("/openapi", StringComparison.Ordinal)
                && !(e.RoutePattern.RawText ?? "").StartsWith("/scalar", StringComparison.Ordinal))
            .ToList();

        // Then
        Assert.True(endpoints.Count >= 15, $"expected the API and dashboard routes, found {endpoints.Count}");
        Assert.All(endpoints, e =>
        {
            Assert.False(string.IsNullOrEmpty(e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName), e.DisplayName + " has no WithName");
            Assert.False(string.IsNullOrEmpty(e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary), e.DisplayName + " has no WithSummary");
        });
    }

    [Fact]
    public void EveryNonGetEndpoint_RequiresTheApiKeyOrSaysWhyNot()
    {
        // Given
        var writes = fixture.Server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Any(m => m != "GET" && m != "HEAD") ?? false)
            .ToList();

        // Then: the write filter announces itself in the metadata as a possible 401; a POST open on purpose carries its reason
        Assert.NotEmpty(writes);
        Assert.All(writes, e => Assert.True(
            e.Metadata.OfType<IProducesResponseTypeMetadata>().Any(m => m.StatusCode == StatusCodes.Status401Unauthorized)
                || !string.IsNullOrWhiteSpace(e.Metadata.GetMetadata<OpenComputation>()?.Reason),
            e.DisplayName + " neither requires the API key nor says why it is open"));
    }
}
