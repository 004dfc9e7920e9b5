using System.Globalization;
using Lodestone.News.Alerts;
using Lodestone.News.Watching;
using Microsoft.Extensions.Configuration;

namespace Lodestone.Web.Watching;

/// <summary>Scheduled ingestion and alert settings from configuration (environment <c>Lodestone__Watch__Sources</c>, …; docs/deploy.md).</summary>
internal static class WatchConfiguration
{
    /// <summary><c>Lodestone:Watch:Sources</c> (";"-separated, or an array <c>Sources:0</c>, <c>Sources:1</c> …), <c>IntervalSeconds</c> (1–86,400, default 900).</summary>
    public static WatchSettings Watch(IConfiguration lodestone)
    {
        var section = lodestone.GetSection("Watch");
        var sources = section.GetSection("Sources");
        var list = sources.GetChildren().Select(c => c.Value).OfType<string>().ToList();
        if (list.Count == 0 && sources.Value is { } text)
        {
            list = [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }
        return new WatchSettings(list.Distinct(StringComparer.Ordinal).ToList(),
            Seconds(section, "IntervalSeconds", WatchSettings.DefaultInterval, 1, 86_400), WatchSettings.DefaultLease);
    }

    /// <summary><c>Lodestone:Alerts:WebhookUrl</c> (http or https), <c>MaxAttempts</c> (1–20, default 5), <c>RetrySeconds</c> (first wait, default 30),
    /// <c>PollSeconds</c> (default 5).</summary>
    public static AlertWebhookSettings Webhook(IConfiguration lodestone)
    {
        var section = lodestone.GetSection("Alerts");
        Uri? url = null;
        if (section["WebhookUrl"] is { Length: > 0 } text)
        {
            url = Uri.TryCreate(text, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)
                ? u
                : throw new InvalidOperationException($"configuration Lodestone:Alerts:WebhookUrl = '{News.Ingestion.UrlCredentials.Strip(text)}': expected an http:// or https:// URL");
        }
        var attempts = AlertWebhookSettings.Default.MaxAttempts;
        if (section["MaxAttempts"] is { } a && (!int.TryParse(a, NumberStyles.Integer, CultureInfo.InvariantCulture, out attempts) || attempts is < 1 or > 20))
        {
            throw new InvalidOperationException($"configuration Lodestone:Alerts:MaxAttempts = '{a}': expected a whole number from 1 to 20");
        }
        return AlertWebhookSettings.Default with
        {
            Url = url,
            MaxAttempts = attempts,
            FirstRetry = Seconds(section, "RetrySeconds", AlertWebhookSettings.Default.FirstRetry, 0.1, 86_400),
            PollInterval = Seconds(section, "PollSeconds", AlertWebhookSettings.Default.PollInterval, 0.1, 3600),
        };
    }

    /// <summary><c>Lodestone:Watch:AllowPrivate</c>: feeds and the webhook may resolve to private network addresses (default false).</summary>
    public static bool AllowPrivate(IConfiguration lodestone) => lodestone.GetValue<bool>("Watch:AllowPrivate");

    private static TimeSpan Seconds(IConfiguration section, string key, TimeSpan fallback, double min, double max)
    {
        var text = section[key];
        if (text is null)
        {
            return fallback;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds < min || seconds > max)
        {
            throw new InvalidOperationException($"configuration {(section as IConfigurationSection)?.Path}:{key} = '{text}': expected seconds between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}");
        }
        return TimeSpan.FromSeconds(seconds);
    }
}
