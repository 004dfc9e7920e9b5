namespace Lodestone.Optimization.Solving;

/// <summary>Outcome of a solve.</summary>
public enum PlanStatus
{
    /// <summary>Proven optimal.</summary>
    Optimal,
    /// <summary>A feasible plan found before the time limit, not proven optimal.</summary>
    Feasible,
    /// <summary>No plan satisfies every constraint; see <see cref="PlanResult.Infeasibility"/>.</summary>
    Infeasible,
    /// <summary>The solver stopped without an answer (time limit, numerical trouble).</summary>
    Unknown,
}
