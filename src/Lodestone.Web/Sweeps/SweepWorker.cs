using Lodestone.Data.Jobs;
using Lodestone.Web.Hosting;
using Lodestone.Web.Simulations;
using Lodestone.Web.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lodestone.Web.Sweeps;

/// <summary>Claims "sweep" jobs from the shared store and runs them one at a time through the host's <see cref="ISweepRunner"/> (on the
/// cluster when one is configured), renewing its lease with the progress meanwhile. Registered only on a server that has a runner.</summary>
/// <remarks>A sweep's figures are a function of its file and the data (seeded per block, merged in block order), wherever its blocks ran,
/// so a job whose server died and is run again by another gives the same document. On shutdown a running job goes back to the queue.</remarks>
internal sealed partial class SweepWorker(SweepJobs jobs, ISweepRunner runner, DatasetHolder data, JobSettings settings, JobMetrics metrics,
    ILogger<SweepWorker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        JobClaimLoop.RunAsync(jobs.Store, SweepJobs.Kind, settings, jobs.WaitForSubmissionAsync, e => LogStoreUnavailable(logger, e), RunAsync,
            stoppingToken);

    private Task RunAsync(JobRecord job, CancellationToken stoppingToken)
    {
        LogClaimed(logger, job.Id, job.Attempts, settings.Worker);
        double progress = 0;
        return LeasedJobRun.RunAsync(jobs.Store, job, settings, metrics, e => LogStoreUnavailable(logger, e),
            token => Task.Run(() => runner.RunAsync(data.Current, SweepJobs.RequestOf(job), p => Volatile.Write(ref progress, p), token),
                token),
            written => LogFinished(logger, job.Id, written), stoppingToken, () => Volatile.Read(ref progress));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "sweep job {JobId} claimed, attempt {Attempt}, by {Worker}")]
    private static partial void LogClaimed(ILogger logger, string jobId, int attempt, string worker);

    [LoggerMessage(Level = LogLevel.Information, Message = "sweep job {JobId} finished (written: {Written})")]
    private static partial void LogFinished(ILogger logger, string jobId, bool written);

    [LoggerMessage(Level = LogLevel.Warning, Message = "job store unavailable")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception);
}
