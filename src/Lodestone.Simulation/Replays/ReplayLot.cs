namespace Lodestone.Simulation.Replays;

/// <summary>A stock lot: its key (an origin's code, "project:ID" or "opening"), its concern content (0–1), whether its
/// releases count
/// in the share, and its planned build and release per quarter.</summary>
public sealed record ReplayLot(
    string Lot,
    bool Opening,
    double ConcernContent,
    bool Counts,
    IReadOnlyList<double> Builds,
    IReadOnlyList<double> Releases);
