namespace Lodestone.Simulation.Sensitivity;

/// <summary>The ranked drivers of one market's headline figure.</summary>
/// <param name="Base">The headline figure with every parameter at its median.</param>
/// <param name="Drivers">Parameters whose swing is not zero, largest swing first (ties by name).</param>
public sealed record MarketSensitivity(string Commodity, string Stage, double Base, IReadOnlyList<ParameterSwing> Drivers);
