using Lodestone.Data.Jobs;
using Lodestone.Web.Contracts;
using Lodestone.Web.Simulations;

namespace Lodestone.Web.Sweeps;

/// <summary>Sweeps as durable jobs: rows of the shared job store (kind "sweep"), run by the <see cref="SweepWorker"/> of any server that
/// has a sweep runner. Submitting needs the API key (a sweep may ask for 10⁹ runs), so the limit is the store's size alone.</summary>
internal sealed class SweepJobs(JobStore store) : DurableJobs<SweepJobRequestDto>(store, Kind, Limits)
{
    public const string Kind = "sweep";

    public const int Capacity = 16;

    // Every caller is keyed (the route needs the key), so only the capacity bites.
    private static readonly JobLimits Limits = new(Capacity, 0, 0);

    /// <summary>Queues <paramref name="request"/> (already checked by <see cref="ISweepRunner.Check"/>); null when the store is
    /// full.</summary>
    public JobRecord? TrySubmit(SweepJobRequestDto request) =>
        TrySubmit(request, new JobClient("key", IsKeyed: true), out var job) == SubmitOutcome.Accepted ? job : null;
}
