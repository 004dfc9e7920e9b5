using Lodestone.Domain.Model;

namespace Lodestone.Robustness;

/// <summary>A project the plan backs, with its planned output per quarter and the random stream of its delay.</summary>
/// <param name="PlannedOutput">Planned output per plan quarter, in the market's unit.</param>
/// <param name="ConcernContent">Fraction of its output tracing back to the supplier of concern, 0–1.</param>
/// <param name="Counts">Whether its output enters the cap's share (domestic projects do not on an imports basis).</param>
/// <param name="DelayStream">Random stream of the delay in months, or −1 when the scenario gives no delay (none applied).</param>
internal sealed record ReplayProject(string Id, Iso3 Country, IReadOnlyList<double> PlannedOutput, double ConcernContent, bool Counts, int DelayStream)
{
    /// <summary>Whole quarters the output path shifts for a delay of <paramref name="months"/>: ⌈months / 3⌉, never negative.</summary>
    /// <remarks>Rounded up: the plan only knows the start quarter, so any slip is taken to lose the quarter it falls in.</remarks>
    public static int ShiftQuarters(double months) => months <= 0 ? 0 : (int)Math.Ceiling((months / 3) - 1e-9);

    /// <summary>Output delivered in quarter <paramref name="t"/> when the start slips <paramref name="shift"/> quarters: the
    /// planned path moved later, capped by what the plan counted on (a slipped project never delivers more than planned).</summary>
    public double Delivered(int t, int shift) =>
        t - shift < 0 ? 0 : Math.Min(PlannedOutput[t], PlannedOutput[t - shift]);
}
