using System.Security.Cryptography;
using System.Text.Json;
using Lodestone.Data.Jobs;

namespace Lodestone.Web.Simulations;

/// <summary>One kind of durable job in the shared job store: submitting a request within the kind's limits
/// (counted in the database under its submission lock), finding a job of the kind, reading its stored request,
/// and waking the kind's worker on this server. Claims, plan-robustness and sweep jobs are kinds of it; each
/// worker claims only its own kind.</summary>
internal abstract class DurableJobs<TRequest>(JobStore store, string kind, JobLimits limits)
    where TRequest : class
{
    private readonly SemaphoreSlim _submitted = new(0);

    /// <summary>The shared job store the kind's rows live in.</summary>
    public JobStore Store { get; } = store;

    /// <summary>Queues <paramref name="request"/> (already checked by the kind's front end) for
    /// <paramref name="client"/>.</summary>
    public SubmitOutcome TrySubmit(TRequest request, JobClient client, out JobRecord? submitted)
    {
        submitted = null;
        var id = RandomNumberGenerator.GetHexString(16, lowercase: true);
        var json = JsonSerializer.Serialize(request, JobJson.Options);
        var outcome = Store.Submit(id, kind, client.Partition, client.IsKeyed, json, limits);
        if (outcome != JobSubmitOutcome.Accepted)
        {
            return outcome == JobSubmitOutcome.ClientLimit ? SubmitOutcome.ClientLimit : SubmitOutcome.Full;
        }
        _submitted.Release();
        submitted = Find(id);
        return submitted is null ? SubmitOutcome.Full : SubmitOutcome.Accepted;
    }

    /// <summary>The job <paramref name="id"/> if it is of this kind (another kind's id is not found here).</summary>
    public JobRecord? Find(string id) => Store.Find(id) is { } record && record.Kind == kind ? record : null;

    /// <summary>The stored request of <paramref name="job"/>.</summary>
    public static TRequest RequestOf(JobRecord job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return JsonSerializer.Deserialize<TRequest>(job.Request, JobJson.Options)
            ?? throw new InvalidOperationException($"{job.Kind} job {job.Id}: empty request");
    }

    internal async Task WaitForSubmissionAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _submitted.WaitAsync(timeout, cancellationToken);
}
