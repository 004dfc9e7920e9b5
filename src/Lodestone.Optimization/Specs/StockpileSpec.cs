namespace Lodestone.Optimization.Specs;

/// <summary>A plan's stockpile: opening stock, storage limit and carrying cost, each sourced.</summary>
public sealed record StockpileSpec(Sourced<double> Initial, Sourced<double> Max, Sourced<double> CarryingUsdPerUnitQuarter, int Line);
