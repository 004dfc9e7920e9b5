using Lodestone.Data.Loading;

namespace Lodestone.Data.Baci;

/// <summary>Which codes of a release in another HS revision carry a mapped HS17 code (docs/trade.md, "Releases in other
/// HS revisions").</summary>
internal static class HsConcordance
{
    /// <summary>The codes of <paramref name="nomenclature"/> linked to a mapped HS17 code, by code; empty for HS17
    /// itself.</summary>
    public static IReadOnlyDictionary<string, ConcordedCode> For(string nomenclature, ReferenceData reference)
    {
        var hs17 = (reference.HsCodes ?? []).Where(c => c.Nomenclature == "HS17")
            .ToDictionary(c => c.Hs6, StringComparer.Ordinal);
        return (reference.HsLinks ?? []).Where(l => l.Nomenclature == nomenclature)
            .GroupBy(l => l.Hs6, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g =>
            {
                var links = g.ToList();
                return new ConcordedCode(g.Key, links, links.Select(l => hs17[l.Hs17]).ToList(), Kept(links));
            }, StringComparer.Ordinal);
    }

    /// <summary>A split is kept only when every HS17 code it links to shares the heading of the mapped one.</summary>
    private static bool Kept(IReadOnlyList<HsLink> links) =>
        links.All(l => l.OtherHs17 is not { } others
            || others.Split(';').All(o => o.Length == 6 && o.All(char.IsAsciiDigit) && o[..4] == l.Hs17[..4]));
}
