namespace Lodestone.Simulation.Claims;

/// <summary>The claim's predicates for one commodity and stage, each with its Monte Carlo probability.</summary>
/// <param name="ShareNow">Median effective share of the supplier of concern in the first month.</param>
/// <param name="ShareAtDue">Median (P5, P95) effective share at the due month.</param>
/// <param name="ShareBelowHalf">P(effective share &lt; 50 % at the due month).</param>
/// <param name="ShareBelowFifth">P(effective share &lt; 20 % at the due month).</param>
/// <param name="NoShortfallUnderBan">P(no shortfall at the due month when the concern bans exports to the importer from the claim date).</param>
public sealed record CommodityVerdict(
    string Commodity,
    string Stage,
    double ShareNow,
    double ShareAtDue,
    double ShareAtDueP5,
    double ShareAtDueP95,
    double ShareBelowHalf,
    double ShareBelowFifth,
    double NoShortfallUnderBan);
