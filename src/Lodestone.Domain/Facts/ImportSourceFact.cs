using Lodestone.Domain.Model;

namespace Lodestone.Domain.Facts;

/// <summary>One partner's share of an importer's imports of a commodity over a period.</summary>
/// <param name="Partner">Exporting country, or OTH for "other".</param>
/// <param name="Share">Share of the importer's imports in <paramref name="Category"/> over <paramref name="Period"/>.</param>
/// <param name="Period">As published, e.g. "2021-24".</param>
/// <param name="Category">Product form the shares refer to ("Total metal and oxide"); shares add up within one category.</param>
public sealed record ImportSourceFact(
    string Commodity,
    Iso3 Importer,
    Iso3 Partner,
    Share Share,
    string Period,
    string? Category,
    string SourceId);
