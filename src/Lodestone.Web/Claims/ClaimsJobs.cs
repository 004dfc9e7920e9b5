using Lodestone.Data.Jobs;
using Lodestone.Queries.Claims;
using Lodestone.Web.Simulations;

namespace Lodestone.Web.Claims;

/// <summary>Claims evaluations as durable jobs: rows of the shared job store (kind "claims"), run by any server's <see cref="ClaimsWorker"/>.</summary>
/// <remarks>Bounded like simulation jobs: at most <see cref="Capacity"/> kept, <see cref="KeyedReserve"/> slots for API-key callers,
/// <see cref="PerClientUnfinished"/> unfinished jobs per anonymous client, counted in the database under its submission lock.</remarks>
internal sealed class ClaimsJobs(JobStore store) : DurableJobs<ClaimsRequest>(store, Kind, Limits)
{
    public const string Kind = "claims";

    public const int Capacity = 16;

    public const int KeyedReserve = 4;

    public const int PerClientUnfinished = 2;

    private static readonly JobLimits Limits = new(Capacity, KeyedReserve, PerClientUnfinished);
}
