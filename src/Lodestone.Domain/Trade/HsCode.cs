using Lodestone.Domain.Model;

namespace Lodestone.Domain.Trade;

/// <summary>What one HS6 code carries: the commodity and supply-chain stage, its metal content and whether it bundles several metals.</summary>
/// <remarks>
/// A bundle code (8112.92 holds unwrought Ga, Ge, In, Nb, V, Hf, Re together) is never attributed to one member:
/// tracing uses it only as a bound (no flow means no supply of any member; a flow says nothing of the split).
/// Content is the mass fraction of the commodity in the traded product, as a range where grades or compounds vary.
/// </remarks>
/// <param name="Hs6">Six-digit code, digits only.</param>
/// <param name="Nomenclature">HS revision the code is read in ("HS17").</param>
/// <param name="Description">The heading's text.</param>
/// <param name="Commodity">Canonical commodity name; for a bundle, the first member.</param>
/// <param name="Stage">Supply-chain stage the product belongs to.</param>
/// <param name="ContentMin">Lowest mass fraction of the commodity in the product (0–1), or null when not published.</param>
/// <param name="ContentMax">Highest mass fraction (0–1), or null when not published.</param>
/// <param name="BundleMembers">Every commodity the code covers when it is a bundle; empty otherwise.</param>
/// <param name="SourceIds">Sources of the mapping and of the content figures.</param>
/// <param name="Note">How the content was worked out, or why none is given.</param>
public sealed record HsCode(
    string Hs6,
    string Nomenclature,
    string Description,
    string Commodity,
    Stage Stage,
    double? ContentMin,
    double? ContentMax,
    IReadOnlyList<string> BundleMembers,
    IReadOnlyList<string> SourceIds,
    string? Note)
{
    /// <summary>True when the code covers several commodities and must not be attributed to one.</summary>
    public bool IsBundle => BundleMembers.Count > 1;

    /// <summary>True when the code carries <paramref name="commodity"/> alone or as a bundle member.</summary>
    public bool Carries(string commodity) =>
        string.Equals(Commodity, commodity, StringComparison.Ordinal) || BundleMembers.Contains(commodity, StringComparer.Ordinal);

    /// <summary>"8112.92" for display.</summary>
    public string Dotted => Hs6.Length == 6 ? Hs6[..4] + "." + Hs6[4..] : Hs6;
}
