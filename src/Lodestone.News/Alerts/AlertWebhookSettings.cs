namespace Lodestone.News.Alerts;

/// <summary>Where and how alerts are posted.</summary>
/// <param name="Url">The webhook (http or https); null: alerts are kept and shown, not posted.</param>
/// <param name="MaxAttempts">Tries per alert (1–20); after the last failure the alert's delivery is recorded as failed.</param>
/// <param name="FirstRetry">Wait before the second try; each later wait doubles (30 s, 60 s, 120 s … by default).</param>
/// <param name="PollInterval">How often a server looks for alerts to post (raised here or by another process).</param>
/// <param name="Lease">How long a claimed alert stays this server's before another may try it (a server that died mid-post).</param>
public sealed record AlertWebhookSettings(Uri? Url, int MaxAttempts, TimeSpan FirstRetry, TimeSpan PollInterval, TimeSpan Lease)
{
    public static AlertWebhookSettings Default { get; } = new(null, 5, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(2));

    /// <summary>When try <paramref name="attempt"/> (1 for the first) failed at <paramref name="now"/>: the next try's time, or null after the last.</summary>
    public DateTimeOffset? RetryAt(int attempt, DateTimeOffset now) =>
        attempt >= MaxAttempts ? null : now + FirstRetry * Math.Pow(2, attempt - 1);
}
