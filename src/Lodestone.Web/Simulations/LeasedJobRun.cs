using System.Data.Common;
using Lodestone.Data.Jobs;
using Lodestone.Domain.Errors;
using Lodestone.Web.Telemetry;

namespace Lodestone.Web.Simulations;

/// <summary>Runs one claimed claims, plan or sweep job: renews its lease while the work runs, then writes the
/// result. On shutdown the job goes back to the queue at once; a <see cref="LodestoneException"/> (the request
/// does not fit this server's data) fails it with the reason, for any worker would fail it the same way.
/// Each run counts in <c>lodestone.jobs.started</c> and <c>lodestone.jobs.finished</c> (by the job's kind
/// and outcome), as a simulation job's does.</summary>
internal static class LeasedJobRun
{
    /// <param name="finished">Told whether the result was written (false when the lease had passed to another
    /// worker).</param>
    /// <param name="progress">The run's progress 0–1 for the lease renewals, where the work reports one.</param>
    public static async Task RunAsync(JobStore store, JobRecord job, JobSettings settings, JobMetrics metrics,
        Action<DbException> storeUnavailable, Func<CancellationToken, Task<string>> work, Action<bool> finished,
        CancellationToken stoppingToken, Func<double>? progress = null)
    {
        metrics.Started(job.Kind);
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewal = JobLeaseRenewal.RunAsync(store, job.Id, settings, storeUnavailable, done.Token, progress);
        try
        {
            var json = await work(stoppingToken);
            await done.CancelAsync();
            await renewal;
            var written = store.Finish(job.Id, settings.Worker, json, null);
            metrics.Finished(job.Kind, written ? JobOutcome.Succeeded : JobOutcome.LeaseLost);
            finished(written);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await done.CancelAsync();
            await renewal;
            store.Release(job.Id, settings.Worker);
            metrics.Finished(job.Kind, JobOutcome.Released);
            throw;
        }
        catch (LodestoneException e)
        {
            await done.CancelAsync();
            await renewal;
            var written = store.Finish(job.Id, settings.Worker, null, e.Message);
            metrics.Finished(job.Kind, written ? JobOutcome.Failed : JobOutcome.LeaseLost);
        }
    }
}
