using Lodestone.Domain.Model;

namespace Lodestone.Domain.Facts;

/// <summary>A critical-minerals agreement, framework, MoU or partnership.</summary>
/// <param name="Parties">Country parties; non-country parties (the EU) are kept in <paramref name="OtherParties"/>.</param>
/// <param name="Commodities">Canonical commodities named; empty for "critical minerals (general)".</param>
/// <param name="CommodityText">The commodity field as published.</param>
/// <param name="AmountUsd">A single published USD amount, when there is one.</param>
public sealed record Agreement(
    string Id,
    PartialDate Date,
    IReadOnlyList<Iso3> Parties,
    IReadOnlyList<string> OtherParties,
    string Type,
    IReadOnlyList<string> Commodities,
    string CommodityText,
    decimal? AmountUsd,
    string? AmountNote,
    string Summary,
    string Status,
    string SourceId,
    string? Notes)
{
    /// <summary>Whether the agreement covers <paramref name="commodity"/> by name or as critical minerals in general.</summary>
    public bool Covers(string commodity) =>
        Commodities.Contains(commodity, StringComparer.OrdinalIgnoreCase)
        || CommodityText.Contains("critical minerals", StringComparison.OrdinalIgnoreCase);
}
