using Lodestone.Domain.Model;

namespace Lodestone.Domain.Facts;

/// <summary>How a route share was obtained.</summary>
public enum RouteShareKind
{
    /// <summary>Published as a share.</summary>
    Published,
    /// <summary>Computed from published figures (the notes say how).</summary>
    Derived,
    /// <summary>A declared modelling assumption, shown as such wherever it is used.</summary>
    DeclaredAssumption,
    /// <summary>No share is known: the route exists but its share is unknown.</summary>
    Unknown,
}

/// <summary>An export route from a landlocked supplier to the sea or to a buyer, with the countries it crosses.</summary>
/// <param name="Origin">The landlocked exporting country.</param>
/// <param name="Commodity">The commodity the route share refers to, or null for a route used by any commodity.</param>
/// <param name="Destinations">Buyer regions the route serves ("all", "North America", "Europe", "Asia").</param>
/// <param name="TransitCountries">Countries the goods cross between origin and the sea or the buyer.</param>
/// <param name="Share">Share of the origin's exports (of <paramref name="Commodity"/>) on the route; null when unknown.</param>
public sealed record TransitRoute(
    string Id,
    Iso3 Origin,
    string? Commodity,
    IReadOnlyList<string> Destinations,
    string Name,
    IReadOnlyList<Iso3> TransitCountries,
    Share? Share,
    RouteShareKind ShareKind,
    int? Year,
    string SourceId,
    string? Notes)
{
    /// <summary>Whether the route serves buyers in <paramref name="region"/> (or every buyer).</summary>
    public bool Serves(string? region) =>
        Destinations.Any(d => d.Equals("all", StringComparison.OrdinalIgnoreCase)
            || (region is not null && d.Equals(region, StringComparison.OrdinalIgnoreCase)));
}
