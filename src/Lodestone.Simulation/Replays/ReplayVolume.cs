namespace Lodestone.Simulation.Replays;

/// <summary>What the plan takes from one origin (ISO3) in one quarter.</summary>
public sealed record ReplayVolume(string Origin, double Total);
