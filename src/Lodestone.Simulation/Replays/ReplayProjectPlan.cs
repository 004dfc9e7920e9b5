namespace Lodestone.Simulation.Replays;

/// <summary>A backed project: id, country (ISO3), concern content (0–1), whether it counts in the share, planned output
/// per quarter.</summary>
public sealed record ReplayProjectPlan(
    string Id, string Country, double ConcernContent, bool Counts, IReadOnlyList<double> PlannedOutput);
