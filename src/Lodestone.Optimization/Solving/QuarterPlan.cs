using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>One market's plan in one quarter. Volumes in the market's unit.</summary>
/// <param name="Origins">Volumes by origin (only those with volume &gt; 0).</param>
/// <param name="ProjectOutput">Output by project id (only those delivering).</param>
/// <param name="DirectShare">Share of the supplier of concern in sourced volume (imports, domestic, projects, recycling), 0–1; null when nothing is sourced.</param>
/// <param name="EffectiveShare">Same with each origin weighted by its concern content (equals the direct share under the direct content source).</param>
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
    bool CapApplies);
