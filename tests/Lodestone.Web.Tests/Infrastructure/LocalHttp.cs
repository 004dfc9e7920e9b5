using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Lodestone.Web.Tests.Infrastructure;

/// <summary>A local HTTP server on 127.0.0.1 for scheduled-ingestion and webhook tests: <c>/feed.xml</c> serves <see cref="Feed"/> and counts
/// its fetches; <c>/hook</c> records every POSTed body and answers <see cref="HookStatus"/>.</summary>
public sealed class LocalHttp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _feedHits;

    private LocalHttp(WebApplication app) => _app = app;

    /// <summary>The RSS document <c>/feed.xml</c> answers now.</summary>
    public string Feed { get; set; } = Rss();

    /// <summary>The status <c>/hook</c> answers (200 by default; a 5xx to simulate a failing webhook).</summary>
    public int HookStatus { get; set; } = StatusCodes.Status200OK;

    public int FeedHits => Volatile.Read(ref _feedHits);

    /// <summary>The bodies POSTed to <c>/hook</c>, in arrival order.</summary>
    public ConcurrentQueue<string> Posts { get; } = new();

    public Uri Url(string path) => new(_app.Urls.First().TrimEnd('/') + path);

    public static async Task<LocalHttp> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new LocalHttp(app);
        app.MapGet("/feed.xml", () =>
        {
            Interlocked.Increment(ref server._feedHits);
            return Results.Text(server.Feed, "application/rss+xml", Encoding.UTF8);
        });
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            server.Posts.Enqueue(await reader.ReadToEndAsync());
            return Results.StatusCode(server.HookStatus);
        });
        await app.StartAsync();
        return server;
    }

    /// <summary>An RSS 2.0 feed of <paramref name="items"/> (link, title, date, text).</summary>
    public static string Rss(params (string Link, string Title, string Date, string Text)[] items) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test feed</title>"
        + string.Concat(items.Select(i => $"<item><link>{i.Link}</link><title>{i.Title}</title><pubDate>{i.Date}</pubDate><description>{System.Security.SecurityElement.Escape(i.Text)}</description></item>"))
        + "</channel></rss>";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
