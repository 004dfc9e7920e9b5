using Lodestone.Simulation.MonteCarlo;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lodestone.Web.Simulations;

/// <summary>Runs queued simulation jobs one at a time (bounded concurrency 1), stopping with the host.</summary>
/// <remarks>
/// One job at a time on all cores but one: a Monte Carlo run is CPU-bound, and the server must keep answering requests
/// while it runs. The result does not depend on the thread count (see <see cref="MonteCarloRunner"/>), so a job gives the
/// same figures as <c>lodestone simulate</c> with the same seed. On shutdown the running job is cancelled and marked failed.
/// </remarks>
internal sealed partial class SimulationWorker(SimulationJobs jobs, TimeProvider clock, ILogger<SimulationWorker> logger) : BackgroundService
{
    private static readonly int Threads = Math.Max(1, Environment.ProcessorCount - 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in jobs.Queue.ReadAllAsync(stoppingToken))
            {
                await RunAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping: queued jobs stay queued and go with the process.
        }
    }

    private async Task RunAsync(SimulationJob job, CancellationToken stoppingToken)
    {
        job.Start();
        try
        {
            var options = new MonteCarloOptions(job.Runs, job.Seed, Threads) { Progress = job.Report };
            var result = await Task.Run(() => MonteCarloRunner.Run(job.Model, options, stoppingToken), stoppingToken);
            var report = SimulationReport.From(result);
            if (FiniteReport.Problem(report) is { } problem)
            {
                job.Fail(problem, clock.GetUtcNow());
                return;
            }
            job.Succeed(report, clock.GetUtcNow());
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            job.Fail("the server stopped before the run finished", clock.GetUtcNow());
            throw;
        }
#pragma warning disable CA1031 // A failed job must not stop the worker: the error is reported on the job and logged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogJobFailed(logger, e, job.Id, job.Scenario);
            job.Fail(e.Message, clock.GetUtcNow());
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "simulation job {JobId} ({Scenario}) failed")]
    private static partial void LogJobFailed(ILogger logger, Exception exception, string jobId, string scenario);
}
