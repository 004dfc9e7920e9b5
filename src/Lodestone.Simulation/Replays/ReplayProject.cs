namespace Lodestone.Simulation.Replays;

/// <summary>A project the plan backs, with the random stream of its delay.</summary>
/// <param name="DelayStream">Random stream of the delay in months, or −1 when the scenario gives no delay (none
/// applied).</param>
internal sealed record ReplayProject(ReplayProjectPlan Plan, int DelayStream)
{
    /// <summary>Whole quarters the output path shifts for a delay of <paramref name="months"/>: ⌈months / 3⌉, never
    /// negative.</summary>
    /// <remarks>Rounded up: the plan only knows the start quarter, so any slip is taken to lose the quarter it falls
    /// in.</remarks>
    public static int ShiftQuarters(double months) => months <= 0 ? 0 : (int)Math.Ceiling((months / 3) - 1e-9);

    /// <summary>Output delivered in quarter <paramref name="t"/> when the start slips <paramref name="shift"/>
    /// quarters: the
    /// planned path moved later, capped by what the plan counted on (a slipped project never delivers more than
    /// planned).</summary>
    public double Delivered(int t, int shift) =>
        t - shift < 0 ? 0 : Math.Min(Plan.PlannedOutput[t], Plan.PlannedOutput[t - shift]);
}
