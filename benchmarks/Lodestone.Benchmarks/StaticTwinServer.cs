using Lodestone.Data;
using Lodestone.Data.Loading;
using Lodestone.Web;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Lodestone.Benchmarks;

/// <summary>
/// The web app on the shipped dataset plus <c>/bench/static/brief</c> and <c>/bench/static/overview</c>: the bytes that
/// <c>/api/brief</c> and <c>/</c> answered at start, served as a constant array by the same process — the ceiling the
/// cached endpoints are measured against (issue #14: ≥ 50 % of it).
/// </summary>
internal static class StaticTwinServer
{
    public static async Task RunAsync(string url)
    {
        var twins = new Dictionary<string, (byte[] Body, string ContentType)>(StringComparer.Ordinal);
        var app = await LodestoneWebApp.CreateAsync(new LodestoneWebSettings
        {
            Urls = [url],
            LoadDataset = _ => Task.FromResult(DatasetLoader.LoadDirectory(DataPaths.DefaultDataDirectory)),
            ExtraEndpoints =
            [
                routes => routes.MapGet("/bench/static/{name}", (string name) =>
                    twins.TryGetValue(name, out var twin) ? Results.Bytes(twin.Body, twin.ContentType) : Results.NotFound()),
            ],
        });
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = app.BoundAddress() };
        foreach (var (name, path) in new[] { ("brief", "/api/brief"), ("overview", "/") })
        {
            using var response = await client.GetAsync(path);
            response.EnsureSuccessStatusCode();
            twins[name] = (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType!.ToString());
        }
        Console.WriteLine($"serving on {app.BoundAddress()}; twins: " + string.Join(", ", twins.Select(t => $"{t.Key} {t.Value.Body.Length} bytes")));
        await app.WaitForShutdownAsync();
    }
}
