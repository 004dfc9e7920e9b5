using Lodestone.Domain.Brief;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>An importer's import shares of a commodity by partner: the one list behind the supplier's direct import share (brief,
/// exposure, <see cref="DirectImportShare"/>) and GeoPolRisk's partners (risk).</summary>
/// <param name="Partners">Each partner's share: USGS's published list in its order (with <c>OTH</c> for "other countries" where
/// USGS gives it), or BACI's recorded weights at the traced stage, largest first (summing to 1). Empty when no share can be given: <see cref="Note"/>
/// says why.</param>
/// <param name="FromBaci">True for BACI's complete matrix, where a partner absent from the list recorded no flow (a recorded 0); false
/// for USGS's list of the largest sources, where an unlisted partner holds at most the smallest listed share (a bound, never 0).</param>
/// <param name="Period">The USGS period ("2021-24") or the BACI year ("2024").</param>
/// <param name="Category">The USGS import category, or "HS 2804.80" for BACI.</param>
/// <param name="Note">With shares from BACI, how the weights were read ("BACI 2024 HS 2804.80, tonnes"); without shares, why none.</param>
/// <param name="SourceIds">The sources the shares cite.</param>
/// <param name="YearNote">Null when <paramref name="Period"/> ends in the view's year; else how it relates to it (<see cref="KnowledgeBase.Vintages"/>).</param>
/// <param name="Stage">With BACI, the traced stage whose code gave the weights; null for USGS (its list is of the commodity as imported).</param>
public sealed record ImportPartnerShares(
    IReadOnlyList<ImportPartnerShare> Partners,
    bool FromBaci,
    string Period,
    string? Category,
    string? Note,
    IReadOnlyList<string> SourceIds,
    string? YearNote,
    Stage? Stage = null)
{
    /// <summary>True when the list gives shares (else only <see cref="Note"/>'s reason).</summary>
    public bool HasShares => Partners.Count > 0;

    /// <summary>The supplier's share: listed, or (USGS) at most the smallest listed share, or (BACI) a recorded 0; without shares,
    /// none with the reason.</summary>
    public ImportShare For(Iso3 supplier)
    {
        if (!HasShares)
        {
            return new ImportShare(null, Period, Category, Note, SourceIds, YearNote: YearNote);
        }
        var listed = Partners.FirstOrDefault(p => p.Partner == supplier)?.Share;
        if (FromBaci)
        {
            return new ImportShare(listed ?? 0, Period, Category, Note + (listed is null ? $": no recorded flow from {supplier}" : ""), SourceIds,
                YearNote: YearNote);
        }
        return listed is { } share
            ? new ImportShare(share, Period, Category, null, SourceIds, null, YearNote)
            : new ImportShare(null, Period, Category, $"{supplier} not among the listed import sources: at most the smallest listed source", SourceIds,
                Partners.Min(p => p.Share), YearNote);
    }
}
