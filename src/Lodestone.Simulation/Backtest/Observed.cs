namespace Lodestone.Simulation.Backtest;

/// <summary>A recorded outcome, its value in the base year, and where both were read.</summary>
/// <param name="Value">The measure in the observed year (a ratio to the base year, or a share 0–1).</param>
/// <param name="Reference">The same measure in the base year: 1 for a ratio, the base-year share for a share; null when the data
/// hold no base-year figure (tonnage shares).</param>
/// <param name="Detail">The cells or flows read, with their figures.</param>
/// <param name="Source">Citation of the figures: title and URL.</param>
public sealed record Observed(double Value, double? Reference, string Detail, string Source);
