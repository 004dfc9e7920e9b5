using Lodestone.Data.Jobs;
using Lodestone.Web.Hosting;
using Lodestone.Web.Simulations;
using Lodestone.Web.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lodestone.Web.Plans;

/// <summary>Claims "plan-robustness" jobs from the shared store and runs them one at a time through the host's <see cref="IPlanRunner"/>,
/// renewing its lease meanwhile. Registered only on a server that has a runner: a server without the planner never claims one.</summary>
/// <remarks>
/// The result is a function of the stored request (its date included) and the snapshot: the solve is deterministic and the replay
/// seeded per run, independent of threads, so a job whose server died and is run again by another gives the same document. On
/// shutdown a running job goes back to the queue at once.
/// </remarks>
internal sealed partial class PlanWorker(PlanJobs jobs, IPlanRunner runner, DatasetHolder data, JobSettings settings, JobMetrics metrics,
    ILogger<PlanWorker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        JobClaimLoop.RunAsync(jobs.Store, PlanJobs.Kind, settings, jobs.WaitForSubmissionAsync, e => LogStoreUnavailable(logger, e), RunAsync,
            stoppingToken);

    private Task RunAsync(JobRecord job, CancellationToken stoppingToken)
    {
        LogClaimed(logger, job.Id, job.Attempts, settings.Worker);
        var dataset = data.Current;
        return LeasedJobRun.RunAsync(jobs.Store, job, settings, metrics, e => LogStoreUnavailable(logger, e),
            token => Task.Run(() => runner.Run(dataset, PlanJobs.RequestOf(job), token), token),
            written => LogFinished(logger, job.Id, written), stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "plan job {JobId} claimed, attempt {Attempt}, by {Worker}")]
    private static partial void LogClaimed(ILogger logger, string jobId, int attempt, string worker);

    [LoggerMessage(Level = LogLevel.Information, Message = "plan job {JobId} finished (written: {Written})")]
    private static partial void LogFinished(ILogger logger, string jobId, bool written);

    [LoggerMessage(Level = LogLevel.Warning, Message = "job store unavailable")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception);
}
