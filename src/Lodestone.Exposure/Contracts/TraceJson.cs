using Lodestone.Domain.Exposure.Tracing;

namespace Lodestone.Exposure.Contracts;

/// <summary>Traced dependence at one stage: bounds (fractions 0–1), untraced share, partners with their own imports from the supplier, backing data and gaps.</summary>
/// <param name="Low">What the data prove passed through the supplier.</param>
/// <param name="High">What the data cannot rule out.</param>
/// <param name="Untraced">High − Low.</param>
/// <param name="SplitLow">Share of the importer's supply made at home, low end.</param>
/// <param name="SplitHigh">High end.</param>
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
    public static TraceJson From(StageTrace t) => new(
        t.Share.Low, t.Share.High, t.Untraced, t.Split.Low, t.Split.High, t.SplitBasis, t.WeightBasis, t.BundleWeights,
        t.Partners.Select(PartnerJson.From).ToList(), t.Backing, t.Gaps);
}

/// <summary>One partner of the importer: its share of the importer's imports and the traced supplier content of its supply (0–1).</summary>
public sealed record PartnerJson(string Partner, double Weight, double ContentLow, double ContentHigh, string Evidence)
{
    public static PartnerJson From(PartnerTrace p) => new(p.Partner.Code, p.Weight, p.Content.Low, p.Content.High, p.Evidence);
}
