using Lodestone.Domain.Exposure;
using Lodestone.Domain.Model;

namespace Lodestone.Queries.Risk;

/// <summary>GeoPolRisk's partners fᵢ: the importer's import shares, the same list exposure's and the brief's import share of a
/// supplier come from (<see cref="DirectImportShare"/>).</summary>
/// <param name="Source">"usgs" (the headline list of the largest sources: an unlisted partner holds at most the smallest share) or
/// "baci" (the complete matrix at the traced stage: an unlisted partner recorded no flow).</param>
/// <param name="Period">The USGS period ("2021-24") or the BACI year ("2024").</param>
/// <param name="Category">The USGS import category, or "HS 2804.80" for BACI.</param>
/// <param name="Stage">With BACI, the traced stage whose code gave the weights ("refining"); null for USGS.</param>
/// <param name="Partners">Each partner's share (0–1); empty when none can be given, <paramref name="Note"/> saying why.</param>
public sealed record ImportSharesJson(string Source, string Period, string? Category, string? Stage, string? Note, string? YearNote,
    IReadOnlyList<string> SourceIds, IReadOnlyList<ImportPartnerJson> Partners)
{
    public static ImportSharesJson? From(ImportPartnerShares? shares) => shares is null
        ? null
        : new(shares.FromBaci ? "baci" : "usgs", shares.Period, shares.Category, shares.Stage?.Name(), shares.Note, shares.YearNote, shares.SourceIds,
            shares.Partners.Select(p => new ImportPartnerJson(p.Partner.Code, p.Share)).ToList());

    /// <summary>Where the shares came from, in words: the CLI table's "f from" line and the CSV's <c>import_shares</c> column, built
    /// from this document's own fields so every output says the same.</summary>
    /// <remarks>"USGS import sources 2020-23 (metal)"; "BACI 2024 HS 2805.30 at the refining stage"; without shares, the same with
    /// ": no shares (REASON)".</remarks>
    public string Basis()
    {
        var origin = Source == "usgs"
            ? "USGS import sources " + Period + (Category is null ? "" : " (" + Category + ")")
            : "BACI " + Period + (Category is null ? "" : " " + Category) + (Stage is null ? "" : " at the " + Stage + " stage");
        return Partners.Count > 0 ? origin : origin + ": no shares (" + Note + ")";
    }
}
