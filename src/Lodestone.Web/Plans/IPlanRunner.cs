using Lodestone.Domain.KnowledgeBase;
using Lodestone.Web.Contracts;

namespace Lodestone.Web.Plans;

/// <summary>Solves a plan and replays it under a scenario: what a plan-robustness job runs. The web app does not carry the planner
/// (OR-Tools); the host that does (<c>lodestone serve</c>) gives one in <see cref="Hosting.LodestoneWebSettings.PlanRunner"/>.</summary>
public interface IPlanRunner
{
    /// <summary>Checks <paramref name="request"/> against <paramref name="dataset"/> without solving (unknown names, out-of-range values,
    /// a plan or scenario file that does not read) and fills in the defaults that must not change between runs (runs, seed, scenario, date).</summary>
    /// <exception cref="Domain.Errors.LodestoneException">The request cannot run (400, 404, 422).</exception>
    PlanJobRequestDto Check(Dataset dataset, PlanJobRequestDto request);

    /// <summary>Builds and solves the plan of a checked request and replays it; returns the result document as JSON
    /// (the <c>lodestone plan --robustness N --format json</c> document, byte for byte).</summary>
    /// <exception cref="Domain.Errors.LodestoneException">The plan cannot be built from this dataset (the job fails with the reason).</exception>
    string Run(Dataset dataset, PlanJobRequestDto request, CancellationToken cancellationToken);
}
