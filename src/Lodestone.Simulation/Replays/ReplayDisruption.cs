namespace Lodestone.Simulation.Replays;

/// <summary>A scenario event that cuts one origin's deliveries to the importer in some quarters of the plan.</summary>
/// <param name="Id">The scenario event id.</param>
/// <param name="Country">ISO3 of the imposing country: its shipments and its projects are cut.</param>
/// <param name="Active">Per plan quarter (0-based): whether the event is in force and not suspended at
/// mid-quarter.</param>
/// <param name="SeverityStream">Random stream of the severity draw (0–1 after clamping).</param>
/// <param name="ApprovalStream">Random stream of the licence approval-rate draw (0–1 after clamping).</param>
internal sealed record ReplayDisruption(
    string Id, string Country, IReadOnlyList<bool> Active, int SeverityStream, int ApprovalStream)
{
    /// <summary>Fraction of the country's deliveries lost in a run: severity·(1 − approval), each clamped to [0,
    /// 1].</summary>
    public double Cut(ReadOnlySpan<double> draws) =>
        Math.Clamp(draws[SeverityStream], 0, 1) * (1 - Math.Clamp(draws[ApprovalStream], 0, 1));
}
