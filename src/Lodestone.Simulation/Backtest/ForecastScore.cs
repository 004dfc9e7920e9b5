namespace Lodestone.Simulation.Backtest;

/// <summary>How a forecast distribution compares with the recorded value.</summary>
/// <param name="P5">5th percentile of the forecast over runs.</param>
/// <param name="P50">Median forecast.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="Percentile">Where the recorded value falls in the forecast distribution, 0–100 (mid-rank for ties).</param>
/// <param name="InsideBand">Whether P5 ≤ recorded ≤ P95.</param>
/// <param name="AbsoluteError">|P50 − recorded|, in the measure's unit.</param>
internal sealed record ForecastScore(double P5, double P50, double P95, double Percentile, bool InsideBand, double AbsoluteError);
