using Lodestone.Simulation.Attribution;
using Lodestone.Simulation.Inputs;

namespace Lodestone.Simulation.Scenarios;

/// <summary>What the compiler needs besides the scenario and the dataset.</summary>
/// <param name="Salient">USGS salient tables for demand (null: demand must be declared in the scenario).</param>
/// <param name="Attribution">Origin attribution for the traced share (default: direct origin).</param>
/// <param name="Horizon">Overrides the scenario's horizon when set.</param>
/// <param name="Year">The data year (vintage) the inputs the scenario leaves out are read for: net import reliance, import
/// sources and world shares of that year or the newest before it, never a later one (<see cref="Lodestone.Domain.KnowledgeBase.Vintages"/>).
/// Null: the default vintage, the newest complete year, which every view (brief, exposure, risk) reads by default.</param>
public sealed record CompileOptions(SalientTable? Salient = null, IOriginAttribution? Attribution = null, int? Horizon = null, int? Year = null);
