namespace Lodestone.Optimization.Solving;

/// <summary>One constraint group in a smallest conflicting set.</summary>
/// <param name="Relaxable">Whether a plan could lift it (caps, budget, lead times, partner limits) or it is a fact of the data (demand, capacities).</param>
public sealed record ConflictMember(ConstraintKind Kind, string Description, bool Relaxable);
