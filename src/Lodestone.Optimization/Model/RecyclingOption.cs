namespace Lodestone.Optimization.Model;

/// <summary>Domestic secondary supply from scrap and end-of-life products.</summary>
/// <param name="CapacityPerQuarter">Recoverable volume per quarter in the market's unit, ≥ 0.</param>
/// <param name="CostUsdPerUnit">Cost per unit recovered; null when unknown.</param>
public sealed record RecyclingOption(double CapacityPerQuarter, double? CostUsdPerUnit);
