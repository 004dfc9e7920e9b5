using Lodestone.Simulation.Attribution;
using Lodestone.Simulation.Inputs;

namespace Lodestone.Simulation.Scenarios;

/// <summary>What the compiler needs besides the scenario and the dataset.</summary>
/// <param name="Salient">USGS salient tables for demand (null: demand must be declared in the scenario).</param>
/// <param name="Attribution">Origin attribution for the traced share (default: direct origin).</param>
/// <param name="Horizon">Overrides the scenario's horizon when set.</param>
public sealed record CompileOptions(SalientTable? Salient = null, IOriginAttribution? Attribution = null, int? Horizon = null);
