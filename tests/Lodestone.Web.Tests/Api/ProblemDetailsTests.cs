using System.Net;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Api;

public sealed class ProblemDetailsTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    [Theory]
    // Errors the framework raises before our handlers run must be problem details too, never an empty body or a 500.
    [InlineData("GET", "/api/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("GET", "/api/minerals?page=abc", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/api/minerals?page_size=99999999999", HttpStatusCode.BadRequest)]
    [InlineData("DELETE", "/api/minerals", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api/admin/reload", HttpStatusCode.MethodNotAllowed)]
    public async Task FrameworkErrors_AreProblemDetails(string method, string url, HttpStatusCode status)
    {
        // Given
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Accept.ParseAdd("application/json");

        // When
        var response = await fixture.Client.SendAsync(request);

        // Then
        await Problems.AssertProblemAsync(response, status);
    }
}
