using Lodestone.Data.Jobs;
using Lodestone.Web.Contracts;
using Lodestone.Web.Simulations;

namespace Lodestone.Web.Plans;

/// <summary>Plan-robustness computations as durable jobs: rows of the shared job store (kind "plan-robustness"), run by the
/// <see cref="PlanWorker"/> of any server that carries the planner.</summary>
/// <remarks>Bounded like claims jobs: at most <see cref="Capacity"/> kept, <see cref="KeyedReserve"/> slots for API-key callers,
/// <see cref="PerClientUnfinished"/> unfinished jobs per anonymous client, counted in the database under its submission lock.</remarks>
internal sealed class PlanJobs(JobStore store) : DurableJobs<PlanJobRequestDto>(store, Kind, Limits)
{
    public const string Kind = "plan-robustness";

    public const int Capacity = 16;

    public const int KeyedReserve = 4;

    public const int PerClientUnfinished = 2;

    private static readonly JobLimits Limits = new(Capacity, KeyedReserve, PerClientUnfinished);
}
