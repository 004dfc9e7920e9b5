using System.CommandLine;
using System.Globalization;
using Lodestone.Cli.Commands.News;
using Lodestone.Cli.Infrastructure;
using Lodestone.Data.Alerts;
using Lodestone.Data.Watch;
using Lodestone.Domain.Errors;
using Lodestone.News.Alerts;
using Lodestone.News.Ingestion;
using Lodestone.News.Storage;
using Lodestone.News.Watching;
using Lodestone.Web.Watching;
using Microsoft.Extensions.Logging.Abstractions;

namespace Lodestone.Cli.Commands.Watch;

/// <summary><c>lodestone watch SOURCE...</c>: poll feeds and folders on a schedule and ingest what is new, as <c>serve</c> does with
/// <c>Lodestone__Watch__Sources</c>; post pending alerts to a webhook.</summary>
/// <remarks>Shares the feed table with every server on the database: a feed is fetched once per interval whoever polls it.</remarks>
internal static class WatchCommand
{
    public static Command Create(CliContext context)
    {
        var sources = new Argument<string[]>("sources") { Description = "RSS/Atom feed URLs (http or https) and folders of articles or feed files", Arity = ArgumentArity.OneOrMore };
        var interval = new Option<double>("--interval") { Description = "Seconds between polls of a source (1–86400; default 900)", DefaultValueFactory = _ => 900 };
        var webhook = new Option<string?>("--webhook") { Description = "Post pending brief alerts to this http(s) URL as JSON (retried with backoff, at most 5 tries each)" };
        var allowPrivate = new Option<bool>("--allow-private") { Description = "Allow feeds and the webhook to resolve to private network addresses (refused by default)" };
        var once = new Option<bool>("--once") { Description = "Poll every due source once, post due alerts once, print the round and exit" };
        var format = FormatOption.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("watch", "Poll feeds and folders on a schedule and ingest new articles once (deduplicated across servers); post brief alerts to a webhook");
        command.Arguments.Add(sources);
        command.Options.Add(interval);
        command.Options.Add(webhook);
        command.Options.Add(allowPrivate);
        command.Options.Add(once);
        command.Options.Add(format);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            if (r.GetValue(interval) is < 1 or > 86_400 or double.NaN)
            {
                throw new LodestoneException(ErrorCode.BadArguments, "--interval must be 1–86400 seconds");
            }
            Uri? hook = null;
            if (r.GetValue(webhook) is { } text && (!Uri.TryCreate(text, UriKind.Absolute, out hook) || (hook.Scheme != Uri.UriSchemeHttp && hook.Scheme != Uri.UriSchemeHttps)))
            {
                throw new LodestoneException(ErrorCode.BadArguments, $"--webhook: '{UrlCredentials.Strip(text)}' is not an http:// or https:// URL");
            }
            var db = r.GetValue(LodestoneApp.Db);
            var target = NewsStoreOpener.Resolve(db);
            var dataset = await context.OpenDataset(db, ct);
            (await NewsStoreOpener.OpenAsync(db, ct)).Dispose();
            var leases = new FeedLeaseStore(target, context.Clock);
            var alerts = new AlertStore(target, context.Clock);
            var settings = new WatchSettings(r.GetValue(sources)!.Distinct(StringComparer.Ordinal).ToList(), TimeSpan.FromSeconds(r.GetValue(interval)), WatchSettings.DefaultLease);
            var webhookSettings = AlertWebhookSettings.Default with { Url = hook };
            var worker = $"{Environment.MachineName}:{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}:watch";
            using var fetcher = new UrlFetcher(FetchOptions.Default with { Policy = new AddressPolicy(r.GetValue(allowPrivate)) });
            var poller = new FeedPoller(settings, leases, new ArticleSources(fetcher), () => dataset, () => NewsStores.Connect(target), worker, context.Clock);
            var notifier = new AlertNotifier(alerts, fetcher, webhookSettings, worker, context.Clock);
            var json = r.GetValue(format) == OutputFormat.Json;
            if (r.GetValue(once))
            {
                var round = await poller.PollOnceAsync(ct);
                var tries = await notifier.DeliverDueAsync(ct);
                await Print(context, round, json, tries);
                return round.Errors.Count > 0 ? ErrorCode.InvalidData.ExitCode() : 0;
            }
            await RunUntilStopped(context, poller, notifier, settings, webhookSettings, json, ct);
            return 0;
        });
        return command;
    }

    /// <summary>Polls on the schedule and delivers due alerts, printing each round, until Ctrl-C or SIGTERM.</summary>
    private static async Task RunUntilStopped(CliContext context, FeedPoller poller, AlertNotifier notifier,
        WatchSettings settings, AlertWebhookSettings webhookSettings, bool json, CancellationToken ct)
    {
        poller.Polled += round => Print(context, round, json, null).GetAwaiter().GetResult();
        using var polling = new FeedPollingService(poller, settings, context.Clock,
            NullLogger<FeedPollingService>.Instance);
        using var delivery = new AlertDeliveryService(notifier, webhookSettings, context.Clock,
            NullLogger<AlertDeliveryService>.Instance);
        await polling.StartAsync(ct);
        await delivery.StartAsync(ct);
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C or SIGTERM: stop both loops below.
        }
        await polling.StopAsync(CancellationToken.None);
        await delivery.StopAsync(CancellationToken.None);
    }

    private static async Task Print(CliContext context, PollRound round, bool json, int? webhookTries)
    {
        if (json)
        {
            JsonOutput.Write(context.Out, new { round.Polled, round.ArticlesAdded, round.Duplicates, round.EventsAdded, round.ProposalsAdded, round.Errors, WebhookTries = webhookTries });
        }
        else
        {
            await context.Out.WriteLineAsync($"{context.Clock.GetUtcNow():yyyy-MM-dd HH:mm:ss}Z polled {round.Polled.Count} sources: articles added {round.ArticlesAdded}, "
                + $"duplicates skipped {round.Duplicates}; events added {round.EventsAdded}; proposals for review {round.ProposalsAdded}"
                + (webhookTries is { } t ? $"; webhook tries {t}" : ""));
            foreach (var error in round.Errors)
            {
                await context.Error.WriteLineAsync("error: " + error);
            }
        }
        await context.Out.FlushAsync();
    }
}
