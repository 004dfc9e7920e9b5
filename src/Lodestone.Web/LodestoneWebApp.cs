using System.Text.Json;
using Lodestone.Queries;
using Lodestone.Web.Api;
using Lodestone.Web.Caching;
using Lodestone.Web.Dashboard;
using Lodestone.Web.Hosting;
using Lodestone.Web.Security;
using Lodestone.Web.Telemetry;
using Lodestone.Web.Watching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Scalar.AspNetCore;

namespace Lodestone.Web;

/// <summary>Builds the Lodestone web application: a few <c>AddXxx</c> calls, then one <c>MapXxxEndpoints</c> per area.</summary>
public static class LodestoneWebApp
{
    /// <summary>Creates the application and loads the dataset; call <c>StartAsync</c> or <c>RunAsync</c> on the result.</summary>
    public static async Task<WebApplication> CreateAsync(LodestoneWebSettings settings, CancellationToken cancellationToken = default)
    {
        var builder = CreateBuilder(settings);
        var config = builder.Configuration.GetSection("Lodestone");
        var policy = new AccessPolicy(
            settings.ApiKey ?? config["ApiKey"],
            settings.RequireKeyForReads ?? config.GetValue<bool>("RequireKeyForReads"));

        builder.Services.AddSingleton(policy);
        builder.Services.AddSingleton(settings.Clock);
        var data = new DatasetHolder(settings.LoadDataset, settings.Clock, settings.StoreRevision);
        builder.Services.AddSingleton(data);
        if (settings.StoreRevision is not null)
        {
            builder.Services.AddHostedService(services => new StoreChangeWatcher(data, settings.ReloadCheckInterval, settings.Clock,
                services.GetRequiredService<ILogger<StoreChangeWatcher>>()));
        }
        builder.Services.AddSingleton<BriefCache>();
        builder.Services.AddSingleton<SnapshotResponseCache>();
        builder.Services.AddSingleton(new NewsAccess(settings.OpenNewsStore, settings.NewsUnavailableReason));
        builder.Services.AddSingleton(new KnowledgeStoreAccess(settings.OpenKnowledgeStore));
        var (jobStore, temporaryJobFile) = await JobStoreHosting.OpenAsync(settings, cancellationToken);
        builder.Services.AddSingleton(jobStore);
        builder.Services.AddAnalysis(settings);
        var alertStore = settings.OpenAlertStore is { } openAlerts ? await openAlerts(cancellationToken) : null;
        var feedLeases = settings.OpenFeedLeases is { } openFeeds ? await openFeeds(cancellationToken) : null;
        builder.Services.AddWatching(settings, config, alertStore, feedLeases);
        builder.Services.AddLodestoneTelemetry(builder.Configuration, settings);
        builder.Services.AddProblemDetails();
        // The dashboard's pages are Razor components rendered on the server (RazorComponentResult); nothing interactive.
        builder.Services.AddRazorComponents();
        builder.Services.AddSubmissionRateLimits();
        builder.Services.AddExceptionHandler<LodestoneExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        AddApiDocument(builder.Services);

        var app = builder.Build();
        if (temporaryJobFile is not null)
        {
            app.Lifetime.ApplicationStopped.Register(() => JobStoreHosting.Delete(temporaryJobFile));
        }
        var dataset = await app.Services.GetRequiredService<DatasetHolder>().ReloadAsync(cancellationToken);
        // The first server on a database stores the brief the first accepted change will be compared against.
        app.Services.GetRequiredService<AlertAccess>().EnsureBaseline(dataset);

        UsePipeline(app, policy);
        MapEndpoints(app, settings);
        return app;
    }

    /// <summary>The host: content and web roots, URLs, warnings-only logging and the allowed host names.</summary>
    private static WebApplicationBuilder CreateBuilder(LodestoneWebSettings settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = settings.ContentRoot,
            WebRootPath = Path.Combine(settings.ContentRoot, "wwwroot"),
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls([.. settings.Urls]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (settings.AllowedHosts is { Count: > 0 } hosts)
        {
            // Read by the host-filtering middleware WebApplication adds by default.
            builder.Configuration["AllowedHosts"] = string.Join(';', hosts);
        }
        return builder;
    }

    /// <summary>The OpenAPI document's title, description and version, with no servers listed.</summary>
    private static void AddApiDocument(IServiceCollection services) =>
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Lodestone API";
            doc.Info.Description = "Critical-minerals supply-chain intelligence on sourced data. Every figure carries a "
                + "source_id that resolves at /api/sources/{id}.";
            doc.Info.Version = "v1";
            doc.Servers = [];
            return Task.CompletedTask;
        }));

    /// <summary>The middleware, in order: HEAD as GET, errors as problem details, security headers, the read-access
    /// policy, static files, rate limits.</summary>
    private static void UsePipeline(WebApplication app, AccessPolicy policy)
    {
        app.UseHeadAsGetThenRouting();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();
        app.UseReadAccess(policy);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(app.Environment.WebRootPath) });
        app.UseRateLimiter();
    }

    /// <summary>The OpenAPI document and its viewer, one <c>MapXxxEndpoints</c> per area, then the settings' extra
    /// endpoints (tests).</summary>
    private static void MapEndpoints(WebApplication app, LodestoneWebSettings settings)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/scalar",
            o => o.WithTitle("Lodestone API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapHealthEndpoints();
        app.MapBriefEndpoints();
        app.MapMineralEndpoints();
        app.MapCountryEndpoints();
        app.MapSourceEndpoints();
        app.MapRiskEndpoints();
        app.MapTradeEndpoints();
        app.MapExportEndpoints();
        app.MapAdminEndpoints();
        app.MapEventEndpoints();
        app.MapAlertEndpoints();
        app.MapDashboardEndpoints();
        app.MapAnalysisEndpoints();
        foreach (var extra in settings.ExtraEndpoints)
        {
            extra(app);
        }
    }

    /// <summary>The API's JSON style, the CLI's (<see cref="QueryJson"/>), with HTML-significant characters escaped.</summary>
    public static void Configure(JsonSerializerOptions options) => QueryJson.Configure(options, htmlSafe: true);

    /// <summary>The address Kestrel actually bound (useful with port 0).</summary>
    public static Uri BoundAddress(this WebApplication app) =>
        new(app.Urls.First());
}
