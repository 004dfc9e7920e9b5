using Lodestone.Data.Alerts;
using Lodestone.Data.Watch;
using Lodestone.News.Alerts;
using Lodestone.News.Ingestion;
using Lodestone.News.Watching;
using Lodestone.Web.Hosting;
using Lodestone.Web.Simulations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lodestone.Web.Watching;

/// <summary>Scheduled ingestion and alerts in one call: the alert access every accept goes through, the feed poller when sources are
/// configured, the webhook sender when a webhook is.</summary>
internal static class WatchRegistration
{
    public static IServiceCollection AddWatching(this IServiceCollection services, LodestoneWebSettings settings, IConfiguration lodestone,
        AlertStore? alertStore, FeedLeaseStore? feedLeases)
    {
        var allowPrivate = settings.AllowPrivateAddresses ?? WatchConfiguration.AllowPrivate(lodestone);
        var watch = settings.Watch ?? WatchConfiguration.Watch(lodestone);
        var webhook = settings.Webhook ?? WatchConfiguration.Webhook(lodestone);
        var clock = settings.Clock;
        services.AddSingleton(_ => new UrlFetcher(FetchOptions.Default with { Policy = new AddressPolicy(allowPrivate) }));
        services.AddSingleton(sp => new AlertAccess(alertStore, sp.GetRequiredService<BriefCache>(), clock, sp.GetRequiredService<ILogger<AlertAccess>>()));
        if (alertStore is not null && webhook.Url is not null)
        {
            services.AddSingleton(sp => new AlertNotifier(alertStore, sp.GetRequiredService<UrlFetcher>(), webhook, sp.GetRequiredService<JobSettings>().Worker, clock));
            services.AddSingleton(sp => new AlertDeliveryService(sp.GetRequiredService<AlertNotifier>(), webhook, clock,
                sp.GetRequiredService<ILogger<AlertDeliveryService>>()));
            services.AddHostedService(sp => sp.GetRequiredService<AlertDeliveryService>());
        }
        if (feedLeases is not null && watch.Sources.Count > 0 && settings.OpenNewsStore is { } openNews)
        {
            services.AddSingleton(sp => new FeedPoller(watch, feedLeases, new ArticleSources(sp.GetRequiredService<UrlFetcher>()),
                () => sp.GetRequiredService<DatasetHolder>().Current, openNews, sp.GetRequiredService<JobSettings>().Worker, clock));
            services.AddSingleton(sp => new FeedPollingService(sp.GetRequiredService<FeedPoller>(), watch, clock, sp.GetRequiredService<ILogger<FeedPollingService>>()));
            services.AddHostedService(sp => sp.GetRequiredService<FeedPollingService>());
        }
        return services;
    }
}
