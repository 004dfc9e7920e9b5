using Lodestone.Domain.Exposure.Tracing;

namespace Lodestone.Exposure.Contracts;

/// <summary>Traced dependence at one stage: bounds (fractions 0–1), untraced share, partners with their own imports
/// from the supplier, backing data and gaps.</summary>
/// <param name="Low">What the data prove passed through the supplier.</param>
/// <param name="High">What the data cannot rule out.</param>
/// <param name="Untraced">High − Low.</param>
/// <param name="SplitLow">Share of the importer's supply made at home, low end.</param>
/// <param name="SplitHigh">High end.</param>
/// <param name="SplitBasis">How the split was found: tonnes, "no imports recorded", "unknown" ….</param>
/// <param name="WeightBasis">Where the partner weights come from (USGS import sources, or a BACI code and
/// year).</param>
/// <param name="BundleWeights">True when the weights come from a bundle code: they say who could supply, not how
/// much.</param>
/// <param name="Partners">The importer's partners at this stage, largest first.</param>
/// <param name="Backing">Every data set the figure rests on (BACI code and year, USGS import sources, NIR, world
/// output).</param>
/// <param name="Gaps">Each link that could not be traced and why.</param>
public sealed record TraceJson(
    double Low,
    double High,
    double Untraced,
    double SplitLow,
    double SplitHigh,
    string SplitBasis,
    string WeightBasis,
    bool BundleWeights,
    IReadOnlyList<PartnerJson> Partners,
    IReadOnlyList<string> Backing,
    IReadOnlyList<string> Gaps)
{
    /// <summary>The contract of one stage's trace.</summary>
    public static TraceJson From(StageTrace t) => new(
        t.Share.Low, t.Share.High, t.Untraced, t.Split.Low, t.Split.High, t.SplitBasis, t.WeightBasis, t.BundleWeights,
        t.Partners.Select(PartnerJson.From).ToList(), t.Backing, t.Gaps);
}
