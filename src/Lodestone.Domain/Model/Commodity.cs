namespace Lodestone.Domain.Model;

/// <summary>How a commodity relates to the elements it names.</summary>
public enum CommodityKind
{
    /// <summary>A single chemical element (lithium, neodymium).</summary>
    Element,
    /// <summary>A mineral or material named for itself rather than an element (graphite, fluorspar, bauxite).</summary>
    Mineral,
    /// <summary>A group of elements reported together (rare earths, platinum-group metals).</summary>
    Group,
    /// <summary>A manufactured product (batteries) that appears in stage data but is not a mineral.</summary>
    Product,
}

/// <summary>A mineral commodity, an element or a group of elements (rare earths, platinum-group metals).</summary>
/// <param name="Name">Canonical lower-case name, e.g. "rare earths", "graphite".</param>
/// <param name="Aliases">Other names that resolve to this commodity ("natural graphite", "REE").</param>
/// <param name="Symbols">Element symbols ("Nd"); empty for minerals and groups.</param>
/// <param name="MemberOf">The group this element belongs to ("rare earths"), if any.</param>
/// <param name="Subgroup">"light" or "heavy" for rare-earth elements, else null.</param>
/// <param name="HsCodes">Harmonized System headings where known.</param>
/// <param name="OnUsList2025">On the U.S. 2025 List of Critical Minerals.</param>
/// <param name="OnEuList2023">Critical raw material in the EU 2023 assessment.</param>
/// <param name="EuStrategic2023">Strategic raw material in the EU Critical Raw Materials Act (2023).</param>
/// <param name="SourceIds">Sources for the list memberships and codes.</param>
public sealed record Commodity(
    string Name,
    CommodityKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Symbols,
    string? MemberOf,
    string? Subgroup,
    IReadOnlyList<string> HsCodes,
    bool OnUsList2025,
    bool OnEuList2023,
    bool EuStrategic2023,
    IReadOnlyList<string> SourceIds);
