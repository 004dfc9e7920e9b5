using System.Security.Cryptography;
using System.Text.Json;
using Lodestone.Data.Jobs;
using Lodestone.Web.Contracts;
using Lodestone.Web.Simulations;

namespace Lodestone.Web.Plans;

/// <summary>Plan-robustness computations as durable jobs: rows of the shared job store (kind "plan-robustness"), run by the
/// <see cref="PlanWorker"/> of any server that carries the planner.</summary>
/// <remarks>Bounded like claims jobs: at most <see cref="Capacity"/> kept, <see cref="KeyedReserve"/> slots for API-key callers,
/// <see cref="PerClientUnfinished"/> unfinished jobs per anonymous client, counted in the database under its submission lock.</remarks>
public sealed class PlanJobs(JobStore store)
{
    public const string Kind = "plan-robustness";

    public const int Capacity = 16;

    public const int KeyedReserve = 4;

    public const int PerClientUnfinished = 2;

    private static readonly JobLimits Limits = new(Capacity, KeyedReserve, PerClientUnfinished);

    private readonly SemaphoreSlim _submitted = new(0);

    public JobStore Store { get; } = store;

    /// <summary>Queues <paramref name="request"/> (already checked by <see cref="IPlanRunner.Check"/>) for <paramref name="client"/>.</summary>
    public SubmitOutcome TrySubmit(PlanJobRequestDto request, JobClient client, out JobRecord? submitted)
    {
        submitted = null;
        var id = RandomNumberGenerator.GetHexString(16, lowercase: true);
        var outcome = Store.Submit(id, Kind, client.Partition, client.IsKeyed, JsonSerializer.Serialize(request, JobJson.Options), Limits);
        if (outcome != JobSubmitOutcome.Accepted)
        {
            return outcome == JobSubmitOutcome.ClientLimit ? SubmitOutcome.ClientLimit : SubmitOutcome.Full;
        }
        _submitted.Release();
        submitted = Find(id);
        return submitted is null ? SubmitOutcome.Full : SubmitOutcome.Accepted;
    }

    public JobRecord? Find(string id) => Store.Find(id) is { Kind: Kind } record ? record : null;

    /// <summary>The stored request of a plan job.</summary>
    public static PlanJobRequestDto RequestOf(JobRecord job) =>
        JsonSerializer.Deserialize<PlanJobRequestDto>(job.Request, JobJson.Options) ?? throw new InvalidOperationException($"plan job {job.Id}: empty request");

    internal async Task WaitForSubmissionAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _submitted.WaitAsync(timeout, cancellationToken);
}
