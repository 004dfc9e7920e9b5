using System.Security.Cryptography;
using System.Text.Json;
using Lodestone.Data.Jobs;
using Lodestone.Web.Contracts;
using Lodestone.Web.Simulations;

namespace Lodestone.Web.Sweeps;

/// <summary>Sweeps as durable jobs: rows of the shared job store (kind "sweep"), run by the <see cref="SweepWorker"/> of any server that
/// has a sweep runner. Submitting needs the API key (a sweep may ask for 10⁹ runs), so the limit is the store's size alone.</summary>
public sealed class SweepJobs(JobStore store)
{
    public const string Kind = "sweep";

    public const int Capacity = 16;

    // Every caller is keyed (the route needs the key), so only the capacity bites.
    private static readonly JobLimits Limits = new(Capacity, 0, 0);

    private readonly SemaphoreSlim _submitted = new(0);

    public JobStore Store { get; } = store;

    /// <summary>Queues <paramref name="request"/> (already checked by <see cref="ISweepRunner.Check"/>).</summary>
    public JobRecord? TrySubmit(SweepJobRequestDto request)
    {
        var id = RandomNumberGenerator.GetHexString(16, lowercase: true);
        if (Store.Submit(id, Kind, "key", keyed: true, JsonSerializer.Serialize(request, JobJson.Options), Limits) != JobSubmitOutcome.Accepted)
        {
            return null;
        }
        _submitted.Release();
        return Find(id);
    }

    public JobRecord? Find(string id) => Store.Find(id) is { Kind: Kind } record ? record : null;

    /// <summary>The stored request of a sweep job.</summary>
    public static SweepJobRequestDto RequestOf(JobRecord job) =>
        JsonSerializer.Deserialize<SweepJobRequestDto>(job.Request, JobJson.Options) ?? throw new InvalidOperationException($"sweep job {job.Id}: empty request");

    internal async Task WaitForSubmissionAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _submitted.WaitAsync(timeout, cancellationToken);
}
