using Lodestone.Domain.Model;

namespace Lodestone.Domain.Facts;

/// <summary>A country's six World Bank Worldwide Governance Indicators (WGI) estimates for one year.</summary>
/// <remarks>
/// Each estimate is on the WGI scale, roughly −2.5 (weak governance) to 2.5 (strong), as the World Bank
/// publishes it. A null estimate means the source printed none. Methods rescale these values themselves
/// (see <see cref="Metrics.WgiScale"/>); the fact keeps the published numbers.
/// </remarks>
/// <param name="Country">The country the estimates describe.</param>
/// <param name="Year">Year the estimates refer to.</param>
/// <param name="ControlOfCorruption">CC.EST.</param>
/// <param name="GovernmentEffectiveness">GE.EST.</param>
/// <param name="PoliticalStability">PV.EST: political stability and absence of violence/terrorism.</param>
/// <param name="RegulatoryQuality">RQ.EST.</param>
/// <param name="RuleOfLaw">RL.EST.</param>
/// <param name="VoiceAndAccountability">VA.EST.</param>
public sealed record GovernanceFact(
    Iso3 Country,
    int Year,
    double? ControlOfCorruption,
    double? GovernmentEffectiveness,
    double? PoliticalStability,
    double? RegulatoryQuality,
    double? RuleOfLaw,
    double? VoiceAndAccountability,
    string SourceId)
{
    /// <summary>The six estimates in WGI order (VA, PV, GE, RQ, RL, CC); nulls stay null.</summary>
    public IReadOnlyList<double?> All =>
        [VoiceAndAccountability, PoliticalStability, GovernmentEffectiveness, RegulatoryQuality, RuleOfLaw, ControlOfCorruption];

    /// <summary>Mean of the six estimates, or null when any of them is missing (never a mean of fewer).</summary>
    public double? MeanOfSix => All.Any(v => v is null) ? null : All.Average(v => v!.Value);
}
