using System.Security.Cryptography;
using System.Text.Json;
using Lodestone.Data.Jobs;

namespace Lodestone.Web.Simulations;

/// <summary>The simulation queue: jobs stored in the database (<see cref="JobStore"/>), shared by every server on it, within bounded limits.</summary>
/// <remarks>
/// At most <see cref="Capacity"/> jobs are kept per database. Submitting a job when the store is full evicts the oldest
/// finished job; when every kept job is still queued or running the submission is refused (the caller answers 503), so
/// the queue cannot grow without bound. Job ids are 16 random hex digits: not guessable, so one client cannot enumerate
/// another's uploaded scenarios.
/// <para>Anonymous clients could keep every slot busy (keyed uploads got 503 in 28 of 30 tries): <see cref="KeyedReserve"/>
/// slots are kept for callers with the API key, and one anonymous client (by address) may hold at most
/// <see cref="PerClientUnfinished"/> unfinished jobs. The limits are counted in the database, under its submission
/// lock, so they hold across servers.</para>
/// </remarks>
internal sealed class SimulationJobs(JobStore store)
{
    /// <summary>The job kind simulation runs are stored under.</summary>
    public const string Kind = "simulation";

    public const int Capacity = 32;

    /// <summary>Slots that only keyed callers may take: anonymous jobs stop at <see cref="Capacity"/> minus this.</summary>
    public const int KeyedReserve = 8;

    /// <summary>Unfinished (queued or running) jobs one anonymous client may have at once.</summary>
    public const int PerClientUnfinished = 8;

    private static readonly JobLimits Limits = new(Capacity, KeyedReserve, PerClientUnfinished);

    private readonly SemaphoreSlim _submitted = new(0);

    /// <summary>The store the jobs live in (the worker claims from it).</summary>
    public JobStore Store { get; } = store;

    /// <summary>Queues <paramref name="plan"/> for a keyed caller; null when the store is full of unfinished jobs.</summary>
    public SimulationJob? TrySubmit(SimulationPlan plan) =>
        TrySubmit(plan, new JobClient("key", IsKeyed: true), out var job) == SubmitOutcome.Accepted ? job : null;

    /// <summary>Queues <paramref name="plan"/> for <paramref name="client"/>, within the per-client and reserved-share limits.</summary>
    public SubmitOutcome TrySubmit(SimulationPlan plan, JobClient client, out SimulationJob? submitted)
    {
        submitted = null;
        var id = RandomNumberGenerator.GetHexString(16, lowercase: true);
        var request = JsonSerializer.Serialize(SimulationJobRequest.Of(plan), JobJson.Options);
        var outcome = Store.Submit(id, Kind, client.Partition, client.IsKeyed, request, Limits);
        switch (outcome)
        {
            case JobSubmitOutcome.ClientLimit:
                return SubmitOutcome.ClientLimit;
            case JobSubmitOutcome.Full:
                return SubmitOutcome.Full;
        }
        // Wake this server's worker at once; workers elsewhere find the job on their next poll.
        _submitted.Release();
        submitted = Find(id);
        return submitted is null ? SubmitOutcome.Full : SubmitOutcome.Accepted;
    }

    public SimulationJob? Find(string id) =>
        Store.Find(id) is { Kind: Kind } record ? new SimulationJob(record) : null;

    /// <summary>The kept jobs, newest first.</summary>
    public IReadOnlyList<SimulationJob> Recent() => Store.Recent(Kind).Select(r => new SimulationJob(r)).ToList();

    /// <summary>Waits until a job is submitted on this server or <paramref name="timeout"/> passes (the worker's poll interval).</summary>
    internal async Task WaitForSubmissionAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _submitted.WaitAsync(timeout, cancellationToken);
}
