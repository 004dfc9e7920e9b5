using Lodestone.Optimization.Model;
using Lodestone.Optimization.Robustness;

namespace Lodestone.Optimization.Solving;

/// <summary>The planner's answer: the plan per quarter, its cost, resulting shares, binding constraints, or why none exists.</summary>
/// <param name="Markets">Per market, the plan; empty when infeasible.</param>
/// <param name="ObjectiveUsd">Objective value (cost plus risk term); null when infeasible.</param>
/// <param name="Cost">Cost by component; null when infeasible.</param>
/// <param name="Binding">Binding constraints with shadow prices, explained in words.</param>
/// <param name="Infeasibility">Set when <see cref="Status"/> is <see cref="PlanStatus.Infeasible"/>.</param>
/// <param name="Robustness">Set when a robustness evaluator was given (the simulation implements it).</param>
/// <param name="Notes">Caveats carried from the problem build (unit differences, excluded projects, assumptions).</param>
/// <param name="SolveTime">Wall-clock time of the main solve.</param>
public sealed record PlanResult(
    PlanStatus Status,
    string Solver,
    Quarter Start,
    int QuarterCount,
    IReadOnlyList<MarketPlan> Markets,
    double? ObjectiveUsd,
    CostBreakdown? Cost,
    IReadOnlyList<BindingConstraint> Binding,
    InfeasibilityReport? Infeasibility,
    RobustnessReport? Robustness,
    IReadOnlyList<string> Notes,
    TimeSpan SolveTime)
{
    /// <summary>True when a plan meets every constraint (optimal, or feasible when the time limit stopped the search).</summary>
    public bool IsFeasible => Status is PlanStatus.Optimal or PlanStatus.Feasible;

    /// <summary>One-paragraph summary in words.</summary>
    public string Summary { get; init; } = "";
}
