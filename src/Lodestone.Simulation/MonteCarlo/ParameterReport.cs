namespace Lodestone.Simulation.MonteCarlo;

/// <summary>A parameter as reported: name, distribution, and its source or the reason it is assumed.</summary>
public sealed record ParameterReport(string Name, string Value, string Basis, bool IsAssumption);
