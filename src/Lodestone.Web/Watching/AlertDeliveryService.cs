using System.Data.Common;
using Lodestone.News.Alerts;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lodestone.Web.Watching;

/// <summary>Posts due alerts to the webhook every <see cref="AlertWebhookSettings.PollInterval"/> of the injected clock (<see cref="AlertNotifier"/>).</summary>
/// <remarks>A webhook that fails is recorded on the alert and tried again later; nothing it answers (or fails to answer) stops the server.</remarks>
public sealed partial class AlertDeliveryService(AlertNotifier notifier, AlertWebhookSettings settings, TimeProvider clock, ILogger<AlertDeliveryService> logger)
    : BackgroundService
{
    private int _rounds;

    /// <summary>Raised after every round with the number of tries made (tests wait on it).</summary>
    public event Action<int>? Delivered;

    /// <summary>Rounds finished so far; after the first, the timer that releases the next ones exists.</summary>
    public int Rounds => Volatile.Read(ref _rounds);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.PollInterval, clock);
        try
        {
            do
            {
                var tries = 0;
                try
                {
                    tries = await notifier.DeliverDueAsync(stoppingToken);
                }
                catch (DbException e)
                {
                    LogStoreUnavailable(logger, e);
                }
                Interlocked.Increment(ref _rounds);
                Delivered?.Invoke(tries);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "alert delivery: the database did not answer; the next round tries again")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception);
}
