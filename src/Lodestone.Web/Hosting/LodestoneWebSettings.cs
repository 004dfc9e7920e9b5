using Lodestone.Domain.KnowledgeBase;
using Lodestone.News.Storage;

namespace Lodestone.Web.Hosting;

/// <summary>How to host the API and dashboard: where to listen, what to serve, who may write.</summary>
public sealed class LodestoneWebSettings
{
    /// <summary>Kestrel addresses, e.g. <c>http://127.0.0.1:5080</c>; port 0 picks a free port.</summary>
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5080"];

    /// <summary>Opens the knowledge base; called at start and on every reload.</summary>
    public required Func<CancellationToken, Task<Dataset>> LoadDataset { get; init; }

    /// <summary>Reads the knowledge store's revision, which every write advances (<c>SqlKnowledgeStore.RevisionAsync</c>); null when the
    /// dataset never changes underneath the server (a fixed test dataset).</summary>
    /// <remarks>When set, the server checks it every <see cref="ReloadCheckInterval"/> and reloads the snapshot when it moved, so
    /// writes by other processes (<c>data import</c>, another server's accepted proposal) reach the pages without a manual reload.</remarks>
    public Func<CancellationToken, Task<long>>? StoreRevision { get; init; }

    /// <summary>How often <see cref="StoreRevision"/> is checked; 2 seconds by default.</summary>
    public TimeSpan ReloadCheckInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The API key writes need. Overrides configuration key <c>Lodestone:ApiKey</c> when set.</summary>
    /// <remarks>With no key configured anywhere, every write answers 401: writes stay closed until a key is set.</remarks>
    public string? ApiKey { get; init; }

    /// <summary>When true, reads need the API key too. Overrides configuration key <c>Lodestone:RequireKeyForReads</c> when set.</summary>
    public bool? RequireKeyForReads { get; init; }

    /// <summary>Host names the server answers (ASP.NET host filtering: any other <c>Host</c> header gets 400); null or empty keeps the
    /// configuration key <c>AllowedHosts</c> (environment variable of the same name), which defaults to any host.</summary>
    /// <remarks>Behind a proxy that forwards the public name, list that name so a request for another site is refused before it
    /// reaches an endpoint (DNS rebinding, cache poisoning through links built from <c>Host</c>).</remarks>
    public IReadOnlyList<string>? AllowedHosts { get; init; }

    /// <summary>The clock that judges "today" (control statuses, reload times).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Where <c>wwwroot</c> lives; defaults to the binaries' directory.</summary>
    public string ContentRoot { get; init; } = AppContext.BaseDirectory;

    /// <summary>Opens the news store (events, proposals) for one request; null when there is none (the events pages then say why).</summary>
    /// <remarks><c>lodestone serve</c> passes the database of <c>--db</c> (SQLite file or PostgreSQL), the store <c>lodestone news ingest</c> writes.</remarks>
    public Func<INewsStore>? OpenNewsStore { get; init; }

    /// <summary>Why there is no news store, shown on <c>/events</c> and in the 503 of <c>/api/events</c> when <see cref="OpenNewsStore"/> is null.</summary>
    public string NewsUnavailableReason { get; init; } = "This server was started without a news store.";

    /// <summary>Opens the writable knowledge store that accepted news proposals go into; null when the server has none (accepting then answers 503).</summary>
    /// <remarks><c>lodestone serve</c> passes the store of <c>--db</c>, the one <see cref="LoadDataset"/> reads, so the snapshot reloaded after an accept shows the record.</remarks>
    public Func<CancellationToken, Task<Lodestone.Data.Storage.IKnowledgeStore>>? OpenKnowledgeStore { get; init; }

    /// <summary>Opens the job store simulation jobs are queued in; null for a private SQLite file deleted when the server stops (jobs then go with the process).</summary>
    /// <remarks><c>lodestone serve</c> passes the database of <c>--db</c>, so jobs survive a restart and every server on the database shares the queue.</remarks>
    public Func<CancellationToken, Task<Lodestone.Data.Jobs.JobStore>>? OpenJobStore { get; init; }

    /// <summary>Opens the alert store (brief baseline, alerts, webhook deliveries); null: no alerts are raised or kept (<c>/api/alerts</c> answers 503).</summary>
    /// <remarks><c>lodestone serve</c> passes the database of <c>--db</c>, so every server on it and the CLI share one baseline and one alert list.</remarks>
    public Func<CancellationToken, Task<Lodestone.Data.Alerts.AlertStore>>? OpenAlertStore { get; init; }

    /// <summary>Opens the shared feed table scheduled ingestion claims sources in; null: this server polls nothing.</summary>
    public Func<CancellationToken, Task<Lodestone.Data.Watch.FeedLeaseStore>>? OpenFeedLeases { get; init; }

    /// <summary>What to poll; overrides configuration <c>Lodestone:Watch:*</c> when set (<see cref="Watching.WatchConfiguration"/>).</summary>
    public Lodestone.News.Watching.WatchSettings? Watch { get; init; }

    /// <summary>Where alerts are posted; overrides configuration <c>Lodestone:Alerts:*</c> when set.</summary>
    public Lodestone.News.Alerts.AlertWebhookSettings? Webhook { get; init; }

    /// <summary>Whether feeds and the webhook may resolve to private network addresses; overrides <c>Lodestone:Watch:AllowPrivate</c> when set.</summary>
    public bool? AllowPrivateAddresses { get; init; }

    /// <summary>The shipped scenarios <c>POST /api/simulations</c> may run by name; defaults to the CLI's folder (<see cref="Simulation.Scenarios.ScenarioPaths.DefaultDirectory"/>).</summary>
    public string ScenariosDirectory { get; init; } = Simulation.Scenarios.ScenarioPaths.DefaultDirectory;

    /// <summary>The data folder holding <c>claims.csv</c> and the USGS salient tables; defaults to the CLI's (<see cref="Data.DataPaths.DefaultDataDirectory"/>).</summary>
    public string DataDirectory { get; init; } = Data.DataPaths.DefaultDataDirectory;

    /// <summary>Solves and replays plans for plan-robustness jobs; null: <c>POST /api/plans/jobs</c> answers 503 and this server never claims
    /// one. The web app does not carry the planner (OR-Tools); <c>lodestone serve</c>, whose process does, passes it.</summary>
    public Plans.IPlanRunner? PlanRunner { get; init; }

    /// <summary>Runs sweep jobs (on an Orleans cluster, or in-process); null: <c>POST /api/sweeps</c> answers 503 and this server never claims
    /// one. The web app carries no Orleans; <c>lodestone serve</c> passes the CLI's runner, a cluster client when <c>LODESTONE_CLUSTER</c> is set.</summary>
    public Sweeps.ISweepRunner? SweepRunner { get; init; }

    /// <summary>Adds to the tracer provider (the tests' in-memory exporter); when set, tracing runs even without an OTLP endpoint.</summary>
    /// <remarks>The OTLP exporter is configured by <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (see <see cref="Telemetry.TelemetryRegistration"/>).</remarks>
    public Action<OpenTelemetry.Trace.TracerProviderBuilder>? ExtraTracing { get; init; }

    /// <summary>Adds to the meter provider (the tests' in-memory exporter); when set, metrics are collected even without an OTLP endpoint.</summary>
    public Action<OpenTelemetry.Metrics.MeterProviderBuilder>? ExtraMetrics { get; init; }

    /// <summary>Extra endpoint groups mapped after the built-in ones (the way later capabilities plug in from outside).</summary>
    public IReadOnlyList<Action<Microsoft.AspNetCore.Routing.IEndpointRouteBuilder>> ExtraEndpoints { get; init; } = [];
}
