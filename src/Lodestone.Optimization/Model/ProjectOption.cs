using Lodestone.Domain.Model;

namespace Lodestone.Optimization.Model;

/// <summary>A supply project the importer can back: a mine, refinery, separation plant or magnet factory.</summary>
/// <remarks>
/// Output in quarter t is at most <c>CapacityPerQuarter · ramp(t) · invest</c>, with ramp(t) = 0 before
/// <see cref="EarliestStart"/> and rising linearly to 1 over <see cref="RampQuarters"/> quarters
/// (ramp(t) = min(1, (t − start + 1) / RampQuarters)). <c>invest</c> is binary when the problem asks for
/// integer choices, otherwise a fraction in [0, 1] (a share of the project backed).
/// </remarks>
/// <param name="Id">Project id as in data/projects.csv.</param>
/// <param name="CapacityPerQuarter">Nameplate output per quarter in the market's unit, &gt; 0.</param>
/// <param name="EarliestStart">First quarter the project can deliver (expected start or lead time, whichever is later).</param>
/// <param name="RampQuarters">Quarters from first output to nameplate, ≥ 1.</param>
/// <param name="InvestmentUsd">Capital cost of backing the whole project, ≥ 0.</param>
/// <param name="PriceUsdPerUnit">Price of its output; null when unknown.</param>
/// <param name="ConcernContent">Fraction of its output tracing back to the supplier of concern, 0–1.</param>
/// <param name="Required">The plan forces the project in (a what-if).</param>
/// <param name="OutsidePartners">The project's country is not a partner: unavailable under partners-only.</param>
/// <param name="ExpectedStart">The published expected start, before any lead time was added (for the report).</param>
public sealed record ProjectOption(
    string Id,
    string Name,
    Iso3 Country,
    double CapacityPerQuarter,
    Quarter EarliestStart,
    int RampQuarters,
    double InvestmentUsd,
    double? PriceUsdPerUnit,
    double ConcernContent,
    bool Required = false,
    bool OutsidePartners = false,
    Quarter? ExpectedStart = null)
{
    /// <summary>Fraction of nameplate available in <paramref name="quarter"/>: 0 before the start, then a linear ramp.</summary>
    public double RampFactor(Quarter quarter)
    {
        var since = quarter.QuartersSince(EarliestStart);
        return since < 0 ? 0 : Math.Min(1.0, (since + 1) / (double)Math.Max(1, RampQuarters));
    }
}
