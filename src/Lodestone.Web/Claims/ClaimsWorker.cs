using System.Text.Json;
using Lodestone.Data.Jobs;
using Lodestone.Web.Hosting;
using Lodestone.Web.Simulations;
using Lodestone.Web.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lodestone.Web.Claims;

/// <summary>Claims "claims" jobs from the shared store and evaluates them one at a time through <see cref="ClaimsCache"/> (the GET route's
/// cache, so a job and <c>/api/claims</c> give one answer), renewing its lease meanwhile.</summary>
/// <remarks>
/// The answer is a function of the request and the snapshot (seeded Monte Carlo, independent of threads), so a job whose server died
/// and is run again by another gives the same document. On shutdown a running job goes back to the queue at once.
/// </remarks>
internal sealed partial class ClaimsWorker(ClaimsJobs jobs, ClaimsCache cache, DatasetHolder data, JobSettings settings, JobMetrics metrics,
    ILogger<ClaimsWorker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        JobClaimLoop.RunAsync(jobs.Store, ClaimsJobs.Kind, settings, jobs.WaitForSubmissionAsync, e => LogStoreUnavailable(logger, e), RunAsync,
            stoppingToken);

    private Task RunAsync(JobRecord job, CancellationToken stoppingToken)
    {
        LogClaimed(logger, job.Id, job.Attempts, settings.Worker);
        async Task<string> Evaluate(CancellationToken token)
        {
            var evaluation = cache.GetOrEvaluate(data.Current, ClaimsJobs.RequestOf(job));
            await evaluation.WaitAsync(token);
            return JsonSerializer.Serialize(await evaluation, JobJson.Options);
        }
        return LeasedJobRun.RunAsync(jobs.Store, job, settings, metrics, e => LogStoreUnavailable(logger, e), Evaluate,
            written => LogFinished(logger, job.Id, written), stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "claims job {JobId} claimed, attempt {Attempt}, by {Worker}")]
    private static partial void LogClaimed(ILogger logger, string jobId, int attempt, string worker);

    [LoggerMessage(Level = LogLevel.Information, Message = "claims job {JobId} finished (written: {Written})")]
    private static partial void LogFinished(ILogger logger, string jobId, bool written);

    [LoggerMessage(Level = LogLevel.Warning, Message = "job store unavailable")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception);
}
