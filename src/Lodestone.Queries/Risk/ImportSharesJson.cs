using Lodestone.Domain.Exposure;

namespace Lodestone.Queries.Risk;

/// <summary>GeoPolRisk's partners fᵢ: the importer's import shares, the same list exposure's and the brief's import share of a
/// supplier come from (<see cref="DirectImportShare"/>).</summary>
/// <param name="Source">"usgs" (the headline list of the largest sources: an unlisted partner holds at most the smallest share) or
/// "baci" (the complete matrix at the traced stage: an unlisted partner recorded no flow).</param>
/// <param name="Partners">Each partner's share (0–1); empty when none can be given, <paramref name="Note"/> saying why.</param>
public sealed record ImportSharesJson(string Source, string Period, string? Category, string? Note, string? YearNote, IReadOnlyList<string> SourceIds,
    IReadOnlyList<ImportPartnerJson> Partners)
{
    public static ImportSharesJson? From(ImportPartnerShares? shares) => shares is null
        ? null
        : new(shares.FromBaci ? "baci" : "usgs", shares.Period, shares.Category, shares.Note, shares.YearNote, shares.SourceIds,
            shares.Partners.Select(p => new ImportPartnerJson(p.Partner.Code, p.Share)).ToList());
}
