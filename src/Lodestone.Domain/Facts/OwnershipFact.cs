using Lodestone.Domain.Model;

namespace Lodestone.Domain.Facts;

/// <summary>That output in <paramref name="Country"/> is owned or controlled by companies headquartered in <paramref name="Owner"/>.</summary>
/// <remarks>
/// For <see cref="OwnershipScope.Country"/> facts <paramref name="Share"/> is the controlled share of the country's stage
/// output (or capacity, see <paramref name="Basis"/>). For <see cref="OwnershipScope.Asset"/> facts it is equity in the asset,
/// and <paramref name="AssetShareOfCountry"/> says how much of the country's output the asset makes (null: unknown).
/// <paramref name="IsLowerBound"/> marks "at least" figures.
/// </remarks>
public sealed record OwnershipFact(
    OwnershipScope Scope,
    string? Asset,
    Iso3 Country,
    string Commodity,
    Stage Stage,
    Iso3 Owner,
    string? OwnerCompany,
    Share Share,
    bool IsLowerBound,
    string Basis,
    int? Year,
    Share? AssetShareOfCountry,
    string SourceId,
    string? Notes)
{
    /// <summary>The share of the country's stage output this fact attributes to <see cref="Owner"/>, or null when it cannot say.</summary>
    public double? CountryShare => Scope switch
    {
        OwnershipScope.Country => Share.Value,
        _ => AssetShareOfCountry is { } a ? a.Value * Share.Value : null,
    };
}
