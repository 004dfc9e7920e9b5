namespace Lodestone.Optimization.Specs;

/// <summary>A plan's recycling option: recoverable volume per year and its cost, each sourced.</summary>
public sealed record RecyclingSpec(Sourced<double> CapacityPerYear, Sourced<double>? CostUsdPerUnit, int Line);
