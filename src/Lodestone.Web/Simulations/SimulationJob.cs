using System.Text.Json;
using Lodestone.Data.Jobs;
using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Web.Simulations;

/// <summary>One Monte Carlo run requested over HTTP, as its row in the job store says now: request, status, progress, and its report or error once finished.</summary>
/// <remarks>A snapshot: read the job again (<see cref="SimulationJobs.Find"/>) for newer progress. Jobs live in the database, so any server on it sees the same job.</remarks>
public sealed class SimulationJob
{
    private readonly Lazy<SimulationReport?> _result;

    internal SimulationJob(JobRecord record)
    {
        Record = record;
        Request = JsonSerializer.Deserialize<SimulationJobRequest>(record.Request, JobJson.Options)
            ?? throw new InvalidOperationException($"job {record.Id} has no request");
        _result = new Lazy<SimulationReport?>(() => record.Result is { } json ? JsonSerializer.Deserialize<SimulationReport>(json, JobJson.Options) : null);
    }

    internal JobRecord Record { get; }

    internal SimulationJobRequest Request { get; }

    public string Id => Record.Id;

    /// <summary>The scenario's name (from its <c>name:</c> field).</summary>
    public string Scenario => Request.ScenarioName;

    public int Runs => Request.Runs;

    public ulong Seed => Request.Seed;

    /// <summary>Months simulated (the scenario's horizon or the requested override).</summary>
    public int Horizon => Request.Horizon;

    /// <summary>Whether the scenario came as uploaded YAML rather than a shipped file.</summary>
    public bool Uploaded => Request.ScenarioYaml is not null;

    /// <summary>Who submitted it (<see cref="JobClient.Partition"/>), for the per-client limits; "key" for keyed callers.</summary>
    public string Client => Record.Client;

    public DateTimeOffset CreatedAt => Record.CreatedAt;

    public SimulationJobStatus Status => Record.Status switch
    {
        JobStatus.Queued => SimulationJobStatus.Queued,
        JobStatus.Running => SimulationJobStatus.Running,
        JobStatus.Succeeded => SimulationJobStatus.Succeeded,
        _ => SimulationJobStatus.Failed,
    };

    /// <summary>Fraction of runs completed, 0–1 (1 once succeeded).</summary>
    public double Progress => Status == SimulationJobStatus.Succeeded ? 1 : Math.Clamp(Record.Progress, 0, 1);

    public SimulationReport? Result => _result.Value;

    public string? Error => Record.Error;

    public DateTimeOffset? FinishedAt => Record.FinishedAt;

    public bool IsFinished => Record.IsFinished;
}
