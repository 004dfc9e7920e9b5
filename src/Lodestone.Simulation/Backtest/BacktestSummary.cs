namespace Lodestone.Simulation.Backtest;

/// <summary>Errors over a set of observations.</summary>
/// <param name="InsideBand">How many recorded values fell inside their P5–P95 band.</param>
/// <param name="Coverage">InsideBand / Observations (a well-calibrated 90 % band covers about 0.9); null without observations.</param>
/// <param name="MeanAbsoluteError">Mean |P50 − recorded| over the observations (ratios and shares, unitless); null without observations.</param>
/// <param name="DirectionMatches">Observations whose median moved the way the record did (up, down or flat).</param>
/// <param name="Directions">Observations with a direction at all (a record without a base-year figure has none).</param>
/// <param name="TimingMatches">Series (one measure of one market over the years) whose median first moved in the year the record first
/// moved, or neither moved.</param>
/// <param name="Timings">Series with a direction at all.</param>
public sealed record BacktestSummary(int Observations, int InsideBand, double? Coverage, double? MeanAbsoluteError, int DirectionMatches, int Directions,
    int TimingMatches, int Timings);
