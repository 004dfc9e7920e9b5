using Lodestone.Optimization.Solving;

namespace Lodestone.Optimization.Robustness;

/// <summary>Evaluates a chosen plan under disruption scenarios: the seam the Monte Carlo simulation (Lodestone.Simulation) implements.</summary>
/// <remarks>
/// The implementation replays the plan's sourcing (volumes by origin and quarter, project outputs, stockpile path)
/// through the requested number of sampled scenarios from an explicitly seeded random source and counts the runs in
/// which every capped quarter keeps the supplier of concern at or under the cap. The planner never samples itself.
/// </remarks>
public interface IPlanRobustnessEvaluator
{
    /// <summary>Replays <paramref name="plan"/> through <paramref name="runs"/> sampled scenario runs drawn from
    /// <paramref name="seed"/>: the share of runs that keep every capped quarter at or under the cap.</summary>
    RobustnessReport Evaluate(PlanResult plan, int runs, int seed, CancellationToken cancellationToken);
}
