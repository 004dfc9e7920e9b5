using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>One market's plan in one quarter. Volumes in the market's unit.</summary>
/// <param name="Origins">Volumes by origin (only those with volume &gt; 0).</param>
/// <param name="ProjectOutput">Output by project id (only those delivering).</param>
/// <param name="StockBuild">Total put into stock this quarter (all lots).</param>
/// <param name="StockRelease">Total taken out of stock this quarter (all lots).</param>
/// <param name="StockLevel">Total in stock at the quarter's end (all lots).</param>
/// <param name="DirectShare">Share of the supplier of concern in the volume consumed on the cap's basis (purchases and project output
/// not stocked, stock releases with their lot's origin, recycling), 0–1; null when nothing is consumed on that basis.</param>
/// <param name="EffectiveShare">Same with each origin weighted by its concern content (what the cap holds).</param>
/// <param name="CapApplies">Whether the cap is enforced this quarter.</param>
public sealed record QuarterPlan(
    Quarter Quarter,
    double Demand,
    IReadOnlyList<OriginVolume> Origins,
    IReadOnlyDictionary<string, double> ProjectOutput,
    double Recycling,
    double StockBuild,
    double StockRelease,
    double StockLevel,
    double Shortfall,
    double? DirectShare,
    double? EffectiveShare,
    bool CapApplies)
{
    /// <summary>Stock lots that moved or held material this quarter.</summary>
    public IReadOnlyList<StockLotMove> Lots { get; init; } = [];

    /// <summary>Volume consumed on the cap's basis: the denominator of the shares.</summary>
    public double CountedVolume { get; init; }

    /// <summary>Units of the supplier of concern's content held in stock at the quarter's end.</summary>
    public double StockConcernUnits => Lots.Sum(l => l.ConcernContent * l.Level);
}
