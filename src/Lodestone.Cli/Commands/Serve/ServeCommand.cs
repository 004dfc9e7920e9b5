using System.CommandLine;
using Lodestone.Cli.Commands.Cluster;
using Lodestone.Cli.Commands.News;
using Lodestone.Cli.Commands.Plan;
using Lodestone.Cli.Commands.Sweep;
using Lodestone.Cli.Infrastructure;
using Lodestone.Data.Alerts;
using Lodestone.Data.Jobs;
using Lodestone.Data.Watch;
using Lodestone.Domain.Errors;
using Lodestone.News.Storage;
using Lodestone.Web;
using Lodestone.Web.Hosting;
using Microsoft.Extensions.Hosting;

namespace Lodestone.Cli.Commands.Serve;

/// <summary><c>lodestone serve</c>: the API and dashboard on Kestrel, over the configured knowledge base.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on, separated by ';' (e.g. http://127.0.0.1:5080; port 0 picks a free port)",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var allowedHosts = new Option<string?>("--allowed-hosts")
        {
            Description = "Host names to answer, separated by ';' (e.g. lodestone.example.org;localhost); a request for any other Host gets 400 "
                + "(default: the AllowedHosts setting, else any host)",
        };
        var cluster = ClusterOptions.Connection();
        cluster.Description = "PostgreSQL database of the Orleans cluster to run API sweeps on, as a client (default LODESTONE_CLUSTER; none: in-process)";
        var clusterId = ClusterOptions.Id();
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("serve", "Serve the web dashboard and HTTP API (OpenAPI at /openapi/v1.json, reference at /scalar) until Ctrl-C.");
        command.Options.Add(urls);
        command.Options.Add(allowedHosts);
        command.Options.Add(cluster);
        command.Options.Add(clusterId);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var addresses = Parse(r.GetValue(urls)!);
            var hosts = r.GetValue(allowedHosts)
                ?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var settings = Settings(context, r.GetValue(LodestoneApp.Db), addresses, hosts, r.GetValue(cluster),
                r.GetValue(clusterId)!);
            await using var app = await LodestoneWebApp.CreateAsync(settings, ct);
            try
            {
                await app.StartAsync(ct);
            }
            catch (IOException e)
            {
                throw new LodestoneException(ErrorCode.BadArguments, "cannot listen on " + string.Join(", ", addresses) + ": " + e.Message);
            }
            await AnnounceAsync(context, r.GetValue(format), app.Urls.ToList(), ct);
            try
            {
                // Returns when the host stops: SIGTERM or Ctrl-C (the host's console lifetime), or our own cancellation.
                await app.WaitForShutdownAsync(ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C through the CLI's token: stop cleanly below.
            }
            await app.StopAsync(CancellationToken.None);
            return 0;
        });
        return command;
    }

    /// <summary>Where the server listens: its addresses (JSON: with the OpenAPI document's), or one line for a
    /// person.</summary>
    private static async Task AnnounceAsync(CliContext context, OutputFormat format, List<string> bound,
        CancellationToken ct)
    {
        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(context.Out, new { urls = bound, openapi = bound[0].TrimEnd('/') + "/openapi/v1.json" });
        }
        else
        {
            await context.Out.WriteLineAsync("Lodestone is serving on " + string.Join(", ", bound)
                + " (API reference at /scalar). Ctrl-C stops it.");
        }
        await context.Out.FlushAsync(ct);
    }

    /// <summary>The web app over the knowledge base at <paramref name="db"/>: its news, job, alert and feed-lease
    /// stores in the same database, reloaded when the store's revision moves; plan and sweep jobs run here (sweeps on
    /// the cluster when one is named).</summary>
    private static LodestoneWebSettings Settings(CliContext context, string? db, IReadOnlyList<string> addresses,
        IReadOnlyList<string>? allowedHosts, string? cluster, string clusterId)
    {
        // The news store lives in the database of the knowledge base (SQLite file or PostgreSQL); the first request
        // that opens it migrates (a no-op after LoadDataset's), later ones only connect.
        var target = NewsStoreOpener.Resolve(db);
        Lodestone.Data.Storage.SqlKnowledgeStore? revisionStore = null;
        return new LodestoneWebSettings
        {
            Urls = addresses,
            AllowedHosts = allowedHosts,
            LoadDataset = token => context.OpenDataset(db, token),
            // Every write advances the store's revision; the server reloads when it moves (see StoreChangeWatcher).
            // The store is opened (migrated) once and reused; the calls are serialised by the dataset holder.
            StoreRevision = async token =>
                await (revisionStore ??= await context.OpenStore(db, false, token)).RevisionAsync(token),
            Clock = context.Clock,
            OpenNewsStore = NewsStores.MigratingOpener(target),
            OpenJobStore = token => JobStores.OpenAsync(target, context.Clock, token),
            OpenKnowledgeStore = async token => await context.OpenStore(db, true, token),
            OpenAlertStore = token => AlertStore.OpenAsync(target, context.Clock, token),
            OpenFeedLeases = token => FeedLeaseStore.OpenAsync(target, context.Clock, token),
            // This process carries the planner, so its server runs plan-robustness jobs (the web app alone does not).
            PlanRunner = new PlanJobRunner(context.Clock),
            // Sweeps submitted to the API run on the cluster when one is named (this process joins it as a client per
            // sweep).
            SweepRunner = new SweepJobRunner(ClusterOptions.Resolve(cluster, clusterId), TimeSpan.FromSeconds(60),
                context.Error),
        };
    }

    /// <summary>Splits and checks <c>--urls</c>: every entry must be an absolute http(s) URL.</summary>
    internal static IReadOnlyList<string> Parse(string text)
    {
        var parts = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            throw new LodestoneException(ErrorCode.BadArguments, "--urls needs at least one address, e.g. http://127.0.0.1:5080");
        }
        foreach (var p in parts)
        {
            if (!Uri.TryCreate(p, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new LodestoneException(ErrorCode.BadArguments, $"--urls: '{p}' is not an http:// or https:// address");
            }
        }
        return parts;
    }
}
