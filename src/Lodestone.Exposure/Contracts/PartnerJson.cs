using Lodestone.Domain.Exposure.Tracing;

namespace Lodestone.Exposure.Contracts;

/// <summary>One partner of the importer: its share of the importer's imports and the traced supplier content of its
/// supply (0–1).</summary>
/// <param name="Partner">The partner's ISO 3166-1 alpha-3 code.</param>
/// <param name="Weight">The partner's share of the importer's imports at the stage, 0–1.</param>
/// <param name="ContentLow">Supplier content of the partner's supply the data prove, 0–1.</param>
/// <param name="ContentHigh">Supplier content the data cannot rule out, 0–1.</param>
/// <param name="Evidence">What the trade data record of the partner's own imports from the supplier, or why nothing can
/// be said.</param>
public sealed record PartnerJson(string Partner, double Weight, double ContentLow, double ContentHigh, string Evidence)
{
    /// <summary>The contract of one traced partner.</summary>
    public static PartnerJson From(PartnerTrace p) =>
        new(p.Partner.Code, p.Weight, p.Content.Low, p.Content.High, p.Evidence);
}
