namespace Lodestone.Simulation.Claims;

/// <summary>A claim tested by Monte Carlo: per commodity probabilities and every assumption used.</summary>
/// <param name="DueMonth">1-based simulated month of the due date (month 1 = the month the claim was made).</param>
/// <param name="Assumptions">Every assumption: structural readings of the claim and each parameter without a source.</param>
public sealed record ClaimEvaluation(
    TrackedClaim Claim,
    string Scenario,
    int Runs,
    ulong Seed,
    int DueMonth,
    IReadOnlyList<CommodityVerdict> Commodities,
    IReadOnlyList<string> Assumptions)
{
    /// <summary>The ranked drivers (<c>claims evaluate --sensitivity</c>) of each commodity's effective share at the due month in the
    /// outlook model, and of its shortfall at the due month under the claim test's ban; null when not asked for.</summary>
    public ClaimSensitivity? Sensitivity { get; init; }
}
