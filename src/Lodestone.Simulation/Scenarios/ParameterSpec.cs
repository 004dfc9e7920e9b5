using Lodestone.Simulation.Distributions;

namespace Lodestone.Simulation.Scenarios;

/// <summary>A parameter as written in a scenario: a distribution and its source or assumption, with its line.</summary>
/// <param name="Spread">The <c>spread:</c> reason: why a sampled parameter has its width when the basis gives a point (an assumption).</param>
/// <param name="Exact">The <c>exact:</c> reason: why a <c>value:</c> is not sampled (an exact count, a conversion, a definition, a hypothetical).</param>
public sealed record ParameterSpec(Distribution Value, string Basis, bool IsAssumption, long Line, string? Spread = null, string? Exact = null);
