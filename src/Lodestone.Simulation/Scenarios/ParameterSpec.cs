using Lodestone.Simulation.Distributions;

namespace Lodestone.Simulation.Scenarios;

/// <summary>A parameter as written in a scenario: a distribution and its source or assumption, with its line.</summary>
public sealed record ParameterSpec(Distribution Value, string Basis, bool IsAssumption, long Line);
