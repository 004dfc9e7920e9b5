namespace Lodestone.Simulation.MonteCarlo;

/// <summary>The published price that price index 1 of a market stands for: index × price is the simulated price in that unit.</summary>
public sealed record MarketPriceReport(string Commodity, string Stage, string Series, string Unit, int Year, double Price, bool Estimate, string SourceId);
