using System.Data.Common;
using Lodestone.Data.Jobs;

namespace Lodestone.Web.Simulations;

/// <summary>The loop every job worker runs: claim the oldest job of its kind from the shared store, run it, and when there is
/// none wait for a submission on this server (or the poll interval, for submissions on another); a store that cannot be
/// reached is reported and tried again, never fatal.</summary>
internal static class JobClaimLoop
{
    /// <param name="waitForSubmission">Returns when this server queues a job of the kind, or after the timeout.</param>
    /// <param name="storeUnavailable">Logs a failed claim.</param>
    /// <param name="run">Runs one claimed job to its end (written, failed or released).</param>
    public static async Task RunAsync(JobStore store, string kind, JobSettings settings,
        Func<TimeSpan, CancellationToken, Task> waitForSubmission, Action<DbException> storeUnavailable,
        Func<JobRecord, CancellationToken, Task> run, CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                JobRecord? claimed;
                try
                {
                    claimed = await Task.Run(() => store.Claim(kind, settings.Worker, settings.Lease), stoppingToken);
                }
                catch (DbException e)
                {
                    storeUnavailable(e);
                    claimed = null;
                }
                if (claimed is null)
                {
                    await waitForSubmission(settings.PollInterval, stoppingToken);
                    continue;
                }
                await run(claimed, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
