using Lodestone.Data.Loading;
using Lodestone.Domain.Trade;

namespace Lodestone.Data.Baci;

/// <summary>A code of a release in another HS revision, read through the UNSD correlation to the HS17 codes
/// <c>hs_codes.csv</c> maps.</summary>
/// <param name="Hs6">The code in the release's revision.</param>
/// <param name="Links">Its rows of <c>hs_concordance.csv</c>, one per mapped HS17 code.</param>
/// <param name="Targets">The mapped HS17 codes it links to.</param>
/// <param name="Kept">True when its flows are written: it lies within one mapped code, or is split only among codes of
/// the same HS heading (the same product in other forms, such as waste and scrap); a split across headings (HS22 8549
/// e-waste) says nothing of the mapped product and is skipped.</param>
public sealed record ConcordedCode(string Hs6, IReadOnlyList<HsLink> Links, IReadOnlyList<HsCode> Targets, bool Kept)
{
    /// <summary>True when the code holds more than its mapped HS17 code(s): its flows are only a bound for them, never
    /// attributed wholesale (like the 8112.92 bundle).</summary>
    public bool IsBound => Links.Any(l => l.IsSplit) || Targets.Count > 1 || Targets.Any(t => t.IsBundle);

    /// <summary>"n:1", or the split's relationship when any link is one.</summary>
    public string Relationship => Links.FirstOrDefault(l => l.IsSplit)?.Relationship ?? Links[0].Relationship;

    /// <summary>The HS17 codes a split also covers besides its mapped targets ("811229"; "1018 codes" for a split
    /// across the nomenclature), or null.</summary>
    public string? OtherHs17
    {
        get
        {
            var others = Links.Where(l => l.OtherHs17 is not null).SelectMany(l => l.OtherHs17!.Split(';'))
                .Where(o => Targets.All(t => t.Hs6 != o)).Distinct().Order(StringComparer.Ordinal).ToList();
            return others.Count == 0 ? null : string.Join(';', others);
        }
    }

    /// <summary>"8101.91" for display.</summary>
    public string Dotted => Hs6[..4] + "." + Hs6[4..];
}
