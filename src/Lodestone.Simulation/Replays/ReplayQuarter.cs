namespace Lodestone.Simulation.Replays;

/// <summary>One quarter of a market's plan.</summary>
/// <param name="Quarter">Its name ("2027Q2").</param>
/// <param name="Year">Year of its middle month.</param>
/// <param name="MiddleMonth">Its middle month, 1–12: when events are judged in force.</param>
/// <param name="Shortfall">The plan's own unmet demand in the quarter.</param>
/// <param name="Recycling">Recycled volume used.</param>
/// <param name="CapApplies">Whether the cap is enforced this quarter.</param>
/// <param name="Origins">What the plan takes from each origin (baseline plus offtake).</param>
public sealed record ReplayQuarter(
    string Quarter,
    int Year,
    int MiddleMonth,
    double Shortfall,
    double Recycling,
    bool CapApplies,
    IReadOnlyList<ReplayVolume> Origins);
