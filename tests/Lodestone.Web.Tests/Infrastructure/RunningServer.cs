using Lodestone.Domain.KnowledgeBase;
using Lodestone.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Lodestone.Web.Tests.Infrastructure;

/// <summary>The real application on Kestrel, on a free loopback port, with an HTTP client pointed at it.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<RunningServer> StartAsync(
        Func<CancellationToken, Task<Dataset>> load, string? apiKey = null, bool requireKeyForReads = false, TimeProvider? clock = null,
        Func<Lodestone.News.Storage.INewsStore>? openNewsStore = null,
        Func<CancellationToken, Task<Lodestone.Data.Storage.IKnowledgeStore>>? openKnowledgeStore = null,
        Func<CancellationToken, Task<Lodestone.Data.Jobs.JobStore>>? openJobStore = null,
        IReadOnlyList<string>? allowedHosts = null,
        Action<OpenTelemetry.Trace.TracerProviderBuilder>? tracing = null, Action<OpenTelemetry.Metrics.MeterProviderBuilder>? metrics = null,
        Func<CancellationToken, Task<long>>? storeRevision = null, TimeSpan? reloadCheckInterval = null,
        Func<CancellationToken, Task<Lodestone.Data.Alerts.AlertStore>>? openAlertStore = null,
        Lodestone.News.Alerts.AlertWebhookSettings? webhook = null,
        Lodestone.Web.Plans.IPlanRunner? planRunner = null,
        Lodestone.Web.Sweeps.ISweepRunner? sweepRunner = null)
    {
        var app = await LodestoneWebApp.CreateAsync(new LodestoneWebSettings
        {
            Urls = ["http://127.0.0.1:0"],
            LoadDataset = load,
            ApiKey = apiKey,
            RequireKeyForReads = requireKeyForReads,
            Clock = clock ?? TimeProvider.System,
            OpenNewsStore = openNewsStore,
            OpenKnowledgeStore = openKnowledgeStore,
            OpenJobStore = openJobStore,
            AllowedHosts = allowedHosts,
            ExtraTracing = tracing,
            ExtraMetrics = metrics,
            StoreRevision = storeRevision,
            ReloadCheckInterval = reloadCheckInterval ?? TimeSpan.FromSeconds(2),
            OpenAlertStore = openAlertStore,
            Webhook = webhook,
            PlanRunner = planRunner,
            SweepRunner = sweepRunner,
        });
        await app.StartAsync();
        return new RunningServer(app, app.BoundAddress());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
