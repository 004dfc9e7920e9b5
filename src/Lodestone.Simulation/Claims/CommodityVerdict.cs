namespace Lodestone.Simulation.Claims;

/// <summary>The claim's predicates for one commodity and stage, each with its Monte Carlo probability, and the verdict they support.</summary>
/// <param name="TracedNowLow">Traced share of the concern in the importer's supply at this stage today: what the data prove (the same figure as <c>exposure</c>); null when untraced.</param>
/// <param name="TracedNowHigh">What the data cannot rule out; null when untraced.</param>
/// <param name="ShareNow">Median simulated share in the first month, untraced origins counted as free of the concern.</param>
/// <param name="ShareAtDue">Median (P5, P95) simulated share at the due month, same counting.</param>
/// <param name="ShareAtDueIfUntracedIsConcern">Median simulated share at the due month with untraced origins counted as the concern's:
/// with <paramref name="ShareAtDue"/> the bounds at the due date that match the bounds of "traced now".</param>
/// <param name="ShareBelowHalf">P(share &lt; 50 % at the due month) with untraced origins counted as free of the concern (optimistic).</param>
/// <param name="ShareBelowHalfIfUntracedIsConcern">The same with untraced origins counted as the concern's (pessimistic).</param>
/// <param name="ShareBelowFifth">P(share &lt; 20 % at the due month), optimistic counting.</param>
/// <param name="NoShortfallUnderBan">P(no shortfall at the due month when the concern bans exports to the importer from the claim date).</param>
/// <param name="ShareBelowHalfStandardError">Monte Carlo standard error √(p(1 − p)/n) of <paramref name="ShareBelowHalf"/>; likewise the other
/// <c>…StandardError</c> fields for their probabilities (sampling error from the number of runs, not model uncertainty).</param>
/// <param name="Verdict">likely, unlikely, uncertain or cannot tell yet (<see cref="ClaimVerdicts"/>).</param>
/// <param name="Missing">What would have to be traced for a verdict, when it is "cannot tell yet".</param>
public sealed record CommodityVerdict(
    string Commodity,
    string Stage,
    double? TracedNowLow,
    double? TracedNowHigh,
    double ShareNow,
    double ShareAtDue,
    double ShareAtDueP5,
    double ShareAtDueP95,
    double ShareAtDueIfUntracedIsConcern,
    double ShareBelowHalf,
    double ShareBelowHalfIfUntracedIsConcern,
    double ShareBelowFifth,
    double NoShortfallUnderBan,
    double ShareBelowHalfStandardError,
    double ShareBelowHalfIfUntracedIsConcernStandardError,
    double ShareBelowFifthStandardError,
    double NoShortfallUnderBanStandardError,
    string Verdict,
    IReadOnlyList<string> Missing);
