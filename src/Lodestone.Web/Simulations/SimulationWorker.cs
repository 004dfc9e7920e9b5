using System.Data.Common;
using System.Diagnostics;
using System.Text.Json;
using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Scenarios;
using Lodestone.Web.Hosting;
using Lodestone.Web.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lodestone.Web.Simulations;

/// <summary>Claims simulation jobs from the shared store and runs them one at a time, renewing its lease with its progress.</summary>
/// <remarks>
/// <para>One job at a time on all cores but one: a Monte Carlo run is CPU-bound, and the server must keep answering requests
/// while it runs. The result does not depend on the thread count (see <see cref="MonteCarloRunner"/>), so a job gives the
/// same figures as <c>lodestone simulate</c> with the same seed, on whichever server runs it and however often it is restarted.</para>
/// <para>A job is compiled again from its stored request against this server's snapshot. A worker that loses its lease
/// (its server paused longer than the lease and another server claimed the job) stops the run and writes nothing. On
/// shutdown the running job goes back to the queue, so another server (or this one, restarted) runs it from the start.</para>
/// </remarks>
internal sealed partial class SimulationWorker(SimulationJobs jobs, DatasetHolder data, ScenarioLibrary library, JobSettings settings,
    JobMetrics metrics, ILogger<SimulationWorker> logger) : BackgroundService
{
    private static readonly int Threads = Math.Max(1, Environment.ProcessorCount - 1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        JobClaimLoop.RunAsync(jobs.Store, SimulationJobs.Kind, settings, jobs.WaitForSubmissionAsync, e => LogStoreUnavailable(logger, e), (claimed, token) => RunAsync(new SimulationJob(claimed), token),
            stoppingToken);

    private async Task RunAsync(SimulationJob job, CancellationToken stoppingToken)
    {
        LogClaimed(logger, job.Id, job.Scenario, job.Record.Attempts, settings.Worker);
        metrics.Started(SimulationJobs.Kind);
        // A root span: the job outlives the request that queued it, and may run on another server.
        using var activity = LodestoneTelemetry.Source.StartActivity("simulation job", ActivityKind.Internal);
        activity?.SetTag("lodestone.job.id", job.Id);
        activity?.SetTag(JobMetrics.KindAttribute, SimulationJobs.Kind);
        activity?.SetTag("lodestone.job.scenario", job.Scenario);
        activity?.SetTag("lodestone.job.runs", job.Runs);
        activity?.SetTag("lodestone.job.attempt", job.Record.Attempts);
        var outcome = JobOutcome.Failed;
        string? error = null;
        try
        {
            (outcome, error) = await RunClaimedAsync(job, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            outcome = JobOutcome.Released;
            throw;
        }
        finally
        {
            metrics.Finished(SimulationJobs.Kind, outcome);
            activity?.SetTag(JobMetrics.OutcomeAttribute, outcome);
            if (outcome == JobOutcome.Failed)
            {
                activity?.SetStatus(ActivityStatusCode.Error, error);
            }
        }
    }

    /// <summary>Runs a claimed job and writes its result or error; returns how the run ended (<see cref="JobOutcome"/>) and the error written.</summary>
    private async Task<(string Outcome, string? Error)> RunClaimedAsync(SimulationJob job, CancellationToken stoppingToken)
    {
        var request = job.Request;
        if (!SimulationRequests.TryPlan(library, data.Current, new SimulationAsk(request.Scenario, request.ScenarioYaml, request.Runs, request.Seed, request.HorizonMonths,
                request.Sensitivity, request.SensitivityMetric, request.SensitivityMonth),
                out var plan, out var rejection))
        {
            var reason = "the scenario no longer compiles against this server's data: " + rejection!.Detail;
            return Written(jobs.Store.Finish(job.Id, settings.Worker, null, reason), reason);
        }
        using var run = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var done = 0;
        var renewal = RenewAsync(job, () => Volatile.Read(ref done), run);
        try
        {
            var options = new MonteCarloOptions(plan!.Runs, plan.Seed, Threads) { Progress = n => Advance(ref done, n) };
            var result = await Task.Run(() => MonteCarloRunner.Run(plan.Model, options, run.Token), run.Token);
            var report = SimulationReport.From(result);
            if (plan.Sensitivity is { } headline)
            {
                report = report with { Sensitivity = await Task.Run(() => headline.Analyse(plan.Model), run.Token) };
            }
            var problem = FiniteReport.Problem(report);
            await run.CancelAsync();
            await renewal;
            var written = problem is null
                ? jobs.Store.Finish(job.Id, settings.Worker, JsonSerializer.Serialize(report, JobJson.Options), null)
                : jobs.Store.Finish(job.Id, settings.Worker, null, problem);
            LogFinished(logger, job.Id, written);
            return Written(written, problem);
        }
        catch (OperationCanceledException) when (run.IsCancellationRequested)
        {
            await run.CancelAsync();
            await renewal;
            if (stoppingToken.IsCancellationRequested)
            {
                jobs.Store.Release(job.Id, settings.Worker);
                throw;
            }
            // The lease was lost: another worker holds the job now and will finish it.
            return (JobOutcome.LeaseLost, null);
        }
#pragma warning disable CA1031 // A failed job must not stop the worker: the error is reported on the job and logged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await run.CancelAsync();
            await renewal;
            LogJobFailed(logger, e, job.Id, job.Scenario);
            return Written(jobs.Store.Finish(job.Id, settings.Worker, null, e.Message), e.Message);
        }
    }

    /// <summary>The outcome of a finish: <paramref name="error"/> written (failed) or the result written (succeeded), or nothing written (the lease was lost).</summary>
    private static (string Outcome, string? Error) Written(bool written, string? error) =>
        !written ? (JobOutcome.LeaseLost, null) : error is null ? (JobOutcome.Succeeded, null) : (JobOutcome.Failed, error);

    /// <summary>Raises <paramref name="done"/> to <paramref name="completed"/> and counts the new runs.</summary>
    /// <remarks>The runner reports running totals from several threads, so a smaller total can arrive after a larger one: only a
    /// rise counts, and the rises add up to the final total exactly (the progress also never steps back).</remarks>
    private void Advance(ref int done, int completed)
    {
        int seen;
        while ((seen = Volatile.Read(ref done)) < completed)
        {
            if (Interlocked.CompareExchange(ref done, completed, seen) == seen)
            {
                metrics.RunsCompleted(completed - seen);
                return;
            }
        }
    }

    /// <summary>Writes progress and renews the lease every <see cref="JobSettings.RenewInterval"/> until <paramref name="run"/> ends; cancels it when the lease is lost.</summary>
    private async Task RenewAsync(SimulationJob job, Func<int> done, CancellationTokenSource run)
    {
        using var timer = new PeriodicTimer(settings.RenewInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(run.Token))
            {
                bool held;
                try
                {
                    held = jobs.Store.Renew(job.Id, settings.Worker, done() / (double)job.Runs, settings.Lease);
                }
                catch (DbException e)
                {
                    // The database is away for a moment: keep running; the lease says whether the job is still ours later.
                    LogStoreUnavailable(logger, e);
                    continue;
                }
                if (!held)
                {
                    LogLeaseLost(logger, job.Id, settings.Worker);
                    await run.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "simulation job {JobId} ({Scenario}) claimed, attempt {Attempt}, by {Worker}")]
    private static partial void LogClaimed(ILogger logger, string jobId, string scenario, int attempt, string worker);

    [LoggerMessage(Level = LogLevel.Information, Message = "simulation job {JobId} finished (written: {Written})")]
    private static partial void LogFinished(ILogger logger, string jobId, bool written);

    [LoggerMessage(Level = LogLevel.Warning, Message = "simulation job {JobId}: lease lost by {Worker}; another worker runs it")]
    private static partial void LogLeaseLost(ILogger logger, string jobId, string worker);

    [LoggerMessage(Level = LogLevel.Warning, Message = "job store unavailable")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "simulation job {JobId} ({Scenario}) failed")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, string jobId, string scenario);
}
