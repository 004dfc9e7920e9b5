namespace Lodestone.Simulation.MonteCarlo;

/// <summary>The share of runs in which a predicate held.</summary>
public sealed record PredicateProbability(string Predicate, string Commodity, string Stage, string Description, double P, int Hits, int Runs);
