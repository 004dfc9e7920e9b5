using Lodestone.Optimization.Robustness;

namespace Lodestone.Optimization.Solving;

/// <summary>How the planner runs.</summary>
/// <param name="TimeLimit">Wall-clock limit per solve (default 60 s).</param>
/// <param name="Explain">Compute binding constraints with shadow prices and, when infeasible, the conflicting set and earliest dates (extra solves).</param>
/// <param name="Robustness">Optional evaluator (the simulation) run on a feasible plan.</param>
/// <param name="RobustnessRuns">Scenarios for the evaluator.</param>
/// <param name="RobustnessSeed">Seed for the evaluator.</param>
public sealed record PlannerOptions(
    TimeSpan? TimeLimit = null,
    bool Explain = true,
    IPlanRobustnessEvaluator? Robustness = null,
    int RobustnessRuns = 1000,
    int RobustnessSeed = 1)
{
    /// <summary><see cref="TimeLimit"/>, or 60 s when it is not set.</summary>
    public TimeSpan Limit => TimeLimit ?? TimeSpan.FromSeconds(60);
}
