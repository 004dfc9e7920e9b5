namespace Lodestone.Simulation.Backtest;

/// <summary>Errors over a set of observations.</summary>
/// <param name="InsideBand">How many recorded values fell inside their P5–P95 band.</param>
/// <param name="Coverage">InsideBand / Observations (a well-calibrated 90 % band covers about 0.9); null without observations.</param>
/// <param name="MeanAbsoluteError">Mean |P50 − recorded| over the observations (ratios and shares, unitless); null without observations.</param>
/// <param name="DirectionMatches">Observations whose median moved the way the record did (up, down or flat).</param>
/// <param name="Directions">Observations with a direction at all (a record without a base-year figure has none).</param>
public sealed record BacktestSummary(int Observations, int InsideBand, double? Coverage, double? MeanAbsoluteError, int DirectionMatches, int Directions);
