using Lodestone.Simulation.Engine;
using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Web.Simulations;

/// <summary>One Monte Carlo run requested over HTTP: its compiled model, its progress, and its report or error once finished.</summary>
/// <remarks>Written by the worker thread and read by requests: state changes go through a lock; progress is a volatile counter.</remarks>
public sealed class SimulationJob
{
    private readonly Lock _gate = new();
    private int _done;
    private SimulationJobStatus _status = SimulationJobStatus.Queued;

    internal SimulationJob(string id, SimulationModel model, int runs, ulong seed, bool uploaded, DateTimeOffset createdAt)
    {
        Id = id;
        Model = model;
        Runs = runs;
        Seed = seed;
        Uploaded = uploaded;
        CreatedAt = createdAt;
    }

    public string Id { get; }

    /// <summary>The scenario's name (from its <c>name:</c> field).</summary>
    public string Scenario => Model.Scenario;

    public int Runs { get; }

    public ulong Seed { get; }

    /// <summary>Months simulated (the scenario's horizon or the requested override).</summary>
    public int Horizon => Model.Horizon;

    /// <summary>Whether the scenario came as uploaded YAML rather than a shipped file.</summary>
    public bool Uploaded { get; }

    /// <summary>Who submitted it (<see cref="JobClient.Partition"/>), for the per-client limits; "key" for keyed callers.</summary>
    public string Client { get; init; } = "key";

    public DateTimeOffset CreatedAt { get; }

    internal SimulationModel Model { get; }

    public SimulationJobStatus Status
    {
        get
        {
            lock (_gate)
            {
                return _status;
            }
        }
    }

    /// <summary>Fraction of runs completed, 0–1 (1 once succeeded).</summary>
    public double Progress => Status == SimulationJobStatus.Succeeded ? 1 : Math.Clamp(Volatile.Read(ref _done) / (double)Runs, 0, 1);

    public SimulationReport? Result { get; private set; }

    public string? Error { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public bool IsFinished => Status is SimulationJobStatus.Succeeded or SimulationJobStatus.Failed;

    internal void Report(int runsDone) => Volatile.Write(ref _done, runsDone);

    internal void Start() => Set(SimulationJobStatus.Running, null, null, null);

    internal void Succeed(SimulationReport report, DateTimeOffset at) => Set(SimulationJobStatus.Succeeded, report, null, at);

    internal void Fail(string error, DateTimeOffset at) => Set(SimulationJobStatus.Failed, null, error, at);

    private void Set(SimulationJobStatus status, SimulationReport? result, string? error, DateTimeOffset? at)
    {
        lock (_gate)
        {
            Result = result;
            Error = error;
            FinishedAt = at;
            _status = status;
        }
    }
}
