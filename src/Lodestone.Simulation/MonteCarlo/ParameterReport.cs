namespace Lodestone.Simulation.MonteCarlo;

/// <summary>A parameter as reported: name, distribution, its source or the reason it is assumed, and how its uncertainty is represented.</summary>
/// <param name="Uncertainty">"sampled", "exact" or "point estimate" (docs/simulation.md, "Uncertainty").</param>
/// <param name="UncertaintyBasis">For a sampled parameter whose source gives a point: why it has its spread (an assumption);
/// for an exact one: why it is not sampled; otherwise null.</param>
public sealed record ParameterReport(string Name, string Value, string Basis, bool IsAssumption, string Uncertainty, string? UncertaintyBasis);
