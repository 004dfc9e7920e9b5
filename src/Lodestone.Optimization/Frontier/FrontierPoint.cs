namespace Lodestone.Optimization.Frontier;

/// <summary>One point of the cost–dependence frontier.</summary>
/// <param name="Cap">Cap on the supplier of concern's share, 0–1.</param>
/// <param name="CostUsd">Least cost at that cap; null when no plan meets it or a price is missing.</param>
/// <param name="Feasible">Whether any plan meets the cap.</param>
public sealed record FrontierPoint(double Cap, double? CostUsd, bool Feasible);
