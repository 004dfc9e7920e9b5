using System.Net;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Api;

public sealed class AccessTests
{
    [Theory]
    // No key, a wrong key, and a server with no key configured at all must all refuse the write.
    [InlineData("server-key", null)]
    [InlineData("server-key", "wrong-key")]
    [InlineData(null, "any-key")]
    public async Task Reload_WithoutValidKey_Returns401Problem(string? serverKey, string? presented)
    {
        // Given
        await using var server = await RunningServer.StartAsync(KnowledgeBases.Default, serverKey);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reload");
        if (presented is not null)
        {
            request.Headers.Add("X-Api-Key", presented);
        }

        // When
        var response = await server.Client.SendAsync(request);

        // Then
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("unauthorized", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Reload_WithKey_ReloadsAndCountsFacts()
    {
        // Given
        var loads = 0;
        await using var server = await RunningServer.StartAsync(ct =>
        {
            Interlocked.Increment(ref loads);
            return KnowledgeBases.Default(ct);
        }, "server-key");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/reload");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "server-key");

        // When
        var result = await Problems.JsonAsync(await server.Client.SendAsync(request));

        // Then: loaded at start and once more on reload
        Assert.Equal(2, loads);
        Assert.True(result.GetProperty("facts").GetInt32() > 0);
    }

    [Fact]
    public async Task Reads_ClosedByConfig_NeedTheKeyButHealthStaysOpen()
    {
        // Given
        await using var server = await RunningServer.StartAsync(KnowledgeBases.Default, "server-key", requireKeyForReads: true);
        using var withKey = new HttpRequestMessage(HttpMethod.Get, "/api/minerals");
        withKey.Headers.Add("X-Api-Key", "server-key");

        // When
        var refused = await server.Client.GetAsync("/api/minerals");
        var page = await server.Client.GetAsync("/");
        var allowed = await server.Client.SendAsync(withKey);
        var health = await server.Client.GetAsync("/health");

        // Then
        await Problems.AssertProblemAsync(refused, HttpStatusCode.Unauthorized);
        await Problems.AssertProblemAsync(page, HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Reads_OpenByDefault()
    {
        // Given
        await using var server = await RunningServer.StartAsync(KnowledgeBases.Default, "server-key");

        // When
        var response = await server.Client.GetAsync("/api/minerals");

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
