namespace Lodestone.Simulation.Backtest;

/// <summary>What the calibration tried and chose.</summary>
/// <param name="Parameter">The event parameter calibrated ("approval_rate").</param>
/// <param name="Episodes">The calibration episodes whose outcomes chose it (never a held-out one).</param>
/// <param name="Loss">How a candidate is scored.</param>
/// <param name="Grid">Every candidate with its loss, in the order tried.</param>
/// <param name="Chosen">The candidate with the lowest loss (the first on ties).</param>
public sealed record CalibrationResult(string Parameter, string Reason, IReadOnlyList<string> Episodes, string Loss, IReadOnlyList<CalibrationPoint> Grid, double Chosen);
