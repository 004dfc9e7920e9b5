using System.Data.Common;
using Lodestone.News.Watching;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lodestone.Web.Watching;

/// <summary>Runs a <see cref="FeedPoller"/> round at start and then every <see cref="WatchSettings.Interval"/> of the injected clock.</summary>
/// <remarks>The period is a <see cref="PeriodicTimer"/> on the <see cref="TimeProvider"/>, created before the first round, so a test that
/// advances a fake clock after a round has finished always releases the next one. A failed round is logged; the next one runs on time.</remarks>
public sealed partial class FeedPollingService(FeedPoller poller, WatchSettings settings, TimeProvider clock, ILogger<FeedPollingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.Interval, clock);
        try
        {
            do
            {
                try
                {
                    var round = await poller.PollOnceAsync(stoppingToken);
                    if (round.Polled.Count > 0)
                    {
                        LogRound(logger, round.Polled.Count, round.ArticlesAdded, round.Duplicates, round.ProposalsAdded, round.Errors.Count);
                    }
                    foreach (var error in round.Errors)
                    {
                        LogSourceError(logger, error);
                    }
                }
                catch (DbException e)
                {
                    LogStoreUnavailable(logger, e);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "polled {Sources} sources: {Added} articles added, {Duplicates} already held, {Proposals} proposals, {Errors} errors")]
    private static partial void LogRound(ILogger logger, int sources, int added, int duplicates, int proposals, int errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "polling: {Error}")]
    private static partial void LogSourceError(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "polling: the database did not answer; the next round tries again")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception);
}
