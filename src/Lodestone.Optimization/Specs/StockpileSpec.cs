namespace Lodestone.Optimization.Specs;

/// <summary>A plan's stockpile: opening stock, storage limit and carrying cost, each sourced.</summary>
public sealed record StockpileSpec(Sourced<double> Initial, Sourced<double> Max, Sourced<double> CarryingUsdPerUnitQuarter, int Line)
{
    /// <summary>Share of the opening stock that came from the supplier of concern, 0–1; null when the plan does not say (the
    /// builder then counts it as the supplier's, the high bound).</summary>
    public Sourced<double>? InitialConcernContent { get; init; }
}
