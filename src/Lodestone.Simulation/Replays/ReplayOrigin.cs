namespace Lodestone.Simulation.Replays;

/// <summary>An origin of a market: ISO3, the fraction of its supply that traces to the concern (0–1), whether it enters
/// the share.</summary>
public sealed record ReplayOrigin(string Code, double ConcernContent, bool Counts);
