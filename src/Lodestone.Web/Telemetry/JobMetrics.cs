using System.Data.Common;
using System.Diagnostics.Metrics;
using Lodestone.Data.Jobs;
using Lodestone.Web.Claims;
using Lodestone.Web.Plans;
using Lodestone.Web.Simulations;
using Lodestone.Web.Sweeps;

namespace Lodestone.Web.Telemetry;

/// <summary>The job queue's instruments on the "Lodestone" meter: queue depth, jobs started and finished, Monte Carlo runs completed.</summary>
/// <remarks>
/// <para>Counters cost nothing while no meter listener is attached (no exporter configured). The queue depth is read from the
/// job store only when a reader collects (once per export interval, 60 s by default): one indexed <c>COUNT(*)</c> per kind on
/// <c>ix_jobs_queue</c>. The store is shared by every server on the database, so each server reports the same depth (aggregate
/// with max, not sum); when the store cannot be read the gauge reports nothing for that collection rather than a made-up 0.</para>
/// </remarks>
internal sealed class JobMetrics
{
    /// <summary>Attribute naming the job kind ("simulation", "claims", "plan-robustness", "sweep").</summary>
    public const string KindAttribute = "lodestone.job.kind";

    /// <summary>Attribute naming how a run ended (<see cref="JobOutcome"/>).</summary>
    public const string OutcomeAttribute = "lodestone.job.outcome";

    private readonly Counter<long> _started;
    private readonly Counter<long> _finished;
    private readonly Counter<long> _runs;

    public JobMetrics(IMeterFactory meters, JobStore store)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(LodestoneTelemetry.Name);
        _started = meter.CreateCounter<long>("lodestone.jobs.started", "{job}", "Jobs this server's worker claimed (a job claimed again after a lost lease or a restart counts again).");
        _finished = meter.CreateCounter<long>("lodestone.jobs.finished", "{job}", "Runs of jobs by this server's worker that ended, by outcome.");
        _runs = meter.CreateCounter<long>("lodestone.simulation.runs", "{run}", "Monte Carlo runs this server computed; its rate is runs per second.");
        meter.CreateObservableGauge("lodestone.jobs.queued", () => QueueDepth(store), "{job}", "Jobs waiting for a worker in the shared job store.");
    }

    /// <summary>A worker claimed a job of <paramref name="kind"/>.</summary>
    public void Started(string kind) => _started.Add(1, new KeyValuePair<string, object?>(KindAttribute, kind));

    /// <summary>A worker's run of a job of <paramref name="kind"/> ended with <paramref name="outcome"/> (<see cref="JobOutcome"/>).</summary>
    public void Finished(string kind, string outcome) =>
        _finished.Add(1, new KeyValuePair<string, object?>(KindAttribute, kind), new KeyValuePair<string, object?>(OutcomeAttribute, outcome));

    /// <summary><paramref name="runs"/> more Monte Carlo runs completed.</summary>
    public void RunsCompleted(long runs) => _runs.Add(runs);

    /// <summary>Every kind of job a server queues, each reported by the gauge (0 when none waits: a count, not a missing value).</summary>
    internal static readonly string[] Kinds = [SimulationJobs.Kind, ClaimsJobs.Kind, PlanJobs.Kind, SweepJobs.Kind];

    private static IEnumerable<Measurement<long>> QueueDepth(JobStore store)
    {
        var measurements = new List<Measurement<long>>(Kinds.Length);
        try
        {
            foreach (var kind in Kinds)
            {
                measurements.Add(new Measurement<long>(store.QueueDepth(kind), new KeyValuePair<string, object?>(KindAttribute, kind)));
            }
        }
        catch (DbException)
        {
            // The database is away: no reading this time (a gap, not a zero).
            return [];
        }
        return measurements;
    }
}
