namespace Lodestone.Simulation.MonteCarlo;

/// <summary>Mean supply to the importer from one origin in one month, in importer units and as a share of demand.</summary>
/// <param name="Origin">ISO3 code, or "spare", "stockpile", "shortfall" for the response and gap lines.</param>
/// <param name="Mean">Mean over runs, importer units (1 = base-year monthly demand).</param>
public sealed record OriginSupply(int Month, string Commodity, string Stage, string Origin, double Mean);
