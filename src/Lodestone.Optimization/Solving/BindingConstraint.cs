using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>A constraint that holds with equality at the optimum and has a non-zero shadow price.</summary>
/// <param name="Market">Market label ("rare earths (refining)"), or null for the budget.</param>
/// <param name="ShadowPrice">Change of the optimal cost per unit of relaxation, in USD per the constraint's unit (USD per tonne for
/// capacities, USD per USD for the budget, USD per percentage point of cap for caps). Always reported as a saving (≥ 0).</param>
/// <param name="Unit">What one unit of relaxation is ("percentage point", "t", "USD").</param>
/// <param name="Explanation">The constraint and its consequence in words.</param>
public sealed record BindingConstraint(ConstraintKind Kind, string? Market, Quarter? Quarter, double ShadowPrice, string Unit, string Explanation);
