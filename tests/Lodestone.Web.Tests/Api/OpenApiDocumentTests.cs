using System.Text.Json;
using System.Text.Json.Nodes;
using Lodestone.Testing;
using Lodestone.Web.Tests.Infrastructure;

namespace Lodestone.Web.Tests.Api;

public sealed class OpenApiDocumentTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    /// <summary>Set LODESTONE_UPDATE_OPENAPI=1 to rewrite docs/openapi.json from the running server.</summary>
    private static bool Update => Environment.GetEnvironmentVariable("LODESTONE_UPDATE_OPENAPI") == "1";

    [Fact]
    public async Task Document_MatchesCommittedCopy()
    {
        // Given
        var path = RepoPaths.Combine("docs", "openapi.json");

        // When
        var served = Normalize(await fixture.Client.GetStringAsync("/openapi/v1.json"));
        if (Update)
        {
            await File.WriteAllTextAsync(path, served);
        }

        // Then: API drift shows as a failing test and a diff in docs/openapi.json
        Assert.True(File.Exists(path), "docs/openapi.json is missing: run the suite once with LODESTONE_UPDATE_OPENAPI=1");
        Assert.Equal(Normalize(await File.ReadAllTextAsync(path)), served);
    }

    [Fact]
    public async Task Document_ListsEveryApiRouteWithAnOperationId()
    {
        // When
        var doc = JsonNode.Parse(await fixture.Client.GetStringAsync("/openapi/v1.json"))!;

        // Then
        var paths = doc["paths"]!.AsObject();
        foreach (var expected in new[] { "/api/brief", "/api/minerals", "/api/minerals/{name}", "/api/countries/{iso3}", "/api/sources/{id}", "/api/export", "/api/admin/reload", "/api/exposure", "/api/claims", "/api/simulations", "/api/simulations/{id}" })
        {
            Assert.True(paths.ContainsKey(expected) || paths.ContainsKey(expected + "/"), expected + " is not in the document");
        }
        foreach (var (_, item) in paths)
        {
            foreach (var (_, operation) in item!.AsObject())
            {
                Assert.False(string.IsNullOrEmpty(operation!["operationId"]?.GetValue<string>()));
            }
        }
        Assert.DoesNotContain("/minerals/{name}", paths.Select(p => p.Key)); // dashboard pages stay out of the API document
    }

    private static string Normalize(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
}
