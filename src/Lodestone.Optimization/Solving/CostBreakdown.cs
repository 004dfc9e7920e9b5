namespace Lodestone.Optimization.Solving;

/// <summary>The plan's cost in USD, by component.</summary>
/// <param name="Purchases">Baseline and offtake purchases plus project output at its price; null when a volume bought has no sourced price.</param>
/// <param name="Investment">Project capital committed.</param>
/// <param name="StockCarrying">Stockpile carrying cost.</param>
/// <param name="Recycling">Recycled supply at its cost; null when recycled volume has no cost figure.</param>
/// <param name="ShortfallPenalty">Penalty on unmet demand.</param>
/// <param name="RiskTerm">Risk weight × governance-weighted volume (not money spent; part of the objective only).</param>
public sealed record CostBreakdown(double? Purchases, double Investment, double StockCarrying, double? Recycling, double ShortfallPenalty, double RiskTerm)
{
    /// <summary>Money spent (excluding the risk term); null when any spent component is unknown.</summary>
    public double? Total => Purchases is { } p && Recycling is { } r ? p + Investment + StockCarrying + r + ShortfallPenalty : null;
}
