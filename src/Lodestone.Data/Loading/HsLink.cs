namespace Lodestone.Data.Loading;

/// <summary>One row of <c>reference/hs_concordance.csv</c>: a code of another HS revision that the UN Statistics
/// Division's correlation table links to a code <c>hs_codes.csv</c> maps in HS17.</summary>
/// <param name="Nomenclature">The other revision ("HS92" … "HS22").</param>
/// <param name="Hs6">The code in that revision.</param>
/// <param name="Hs17">The mapped HS17 code it links to.</param>
/// <param name="Relationship">Seen from <paramref name="Hs6"/>: "1:1" the two codes cover the same products; "n:1" the
/// code is one of several that make up the HS17 code; "1:n" and "n:n" the code is split among several HS17 codes, so
/// it holds more than the HS17 code.</param>
/// <param name="OtherHs17">The other HS17 codes the code links to, as the table gives them ("811299", or "1018
/// codes" for a split across the nomenclature); null when none.</param>
/// <param name="SourceIds">The correlation table read.</param>
public sealed record HsLink(string Nomenclature, string Hs6, string Hs17, string Relationship, string? OtherHs17,
    IReadOnlyList<string> SourceIds)
{
    /// <summary>True when the code holds products outside <see cref="Hs17"/> (a split).</summary>
    public bool IsSplit => Relationship is "1:n" or "n:n";
}
