using System.Data.Common;
using Lodestone.Data.Alerts;
using Lodestone.News.Ingestion;

namespace Lodestone.News.Alerts;

/// <summary>Posts pending alerts to the webhook, one POST per alert; a failed try is recorded and tried again later with a doubling wait, a bounded number of times.</summary>
/// <remarks>The webhook goes through the fetcher's address policy (no private ranges unless allowed) and deadline. Alerts are claimed
/// from the shared table, so with several servers each alert is posted by one of them.</remarks>
public sealed class AlertNotifier(AlertStore store, UrlFetcher fetcher, AlertWebhookSettings settings, string worker, TimeProvider clock)
{
    private const int Batch = 20;

    /// <summary>Posts every alert whose next try is due; returns how many tries were made.</summary>
    /// <exception cref="DbException">The database did not answer (the caller logs it and tries again later).</exception>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        if (settings.Url is not { } url)
        {
            return 0;
        }
        var tries = 0;
        foreach (var alert in store.ClaimDeliveries(worker, settings.Lease, Batch))
        {
            var attempt = alert.WebhookAttempts + 1;
            string? error = null;
            try
            {
                await fetcher.PostJsonAsync(url, AlertPayload.Of(alert), cancellationToken);
            }
            catch (ArticleReadException e)
            {
                error = e.Message;
            }
            store.RecordAttempt(alert.Id, worker, attempt, error, error is null ? null : settings.RetryAt(attempt, clock.GetUtcNow()));
            tries++;
        }
        return tries;
    }
}
