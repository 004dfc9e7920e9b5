namespace Lodestone.Simulation.MonteCarlo;

/// <summary>The distribution over runs of one metric of one market in one month.</summary>
/// <param name="Month">1-based simulated month.</param>
/// <param name="Date">Calendar month ("2026-05").</param>
public sealed record MonthQuantiles(int Month, string Date, string Commodity, string Stage, string Metric, double P5, double P50, double P95, double Mean);
