namespace Lodestone.Simulation.Engine;

/// <summary>The published price that index 1 of a market's price index stands for (docs/simulation.md, equation 12).</summary>
/// <param name="Series">What is priced ("high-purity gallium").</param>
/// <param name="Unit">In words ("dollars per kilogram").</param>
/// <param name="IsEstimate">True when the source marks the year as an estimate.</param>
public sealed record BasePrice(string Series, string Unit, int Year, double Value, bool IsEstimate, string SourceId);
