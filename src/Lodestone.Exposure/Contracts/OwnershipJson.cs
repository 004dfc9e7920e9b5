using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Exposure.Contracts;

/// <summary>An ownership fact as used (or shown for context) in the control adjustment; <paramref name="SharePct"/> is
/// percent 0–100.</summary>
/// <param name="Scope">"country" (a share of the country's stage output) or "asset" (equity in one asset).</param>
/// <param name="Asset">The asset's name for an asset fact; null for a country fact.</param>
/// <param name="Country">Where the output is made, ISO 3166-1 alpha-3.</param>
/// <param name="Stage">The stage of the output ("mining", "refining" …).</param>
/// <param name="Owner">Where the owning companies are headquartered, ISO 3166-1 alpha-3.</param>
/// <param name="OwnerCompany">The owning company when the source names one; null otherwise.</param>
/// <param name="IsLowerBound">True for "at least" figures.</param>
/// <param name="Basis">What the share is of (output or capacity) as the source states it.</param>
/// <param name="SourceId">The id of the source in the dataset's source list.</param>
public sealed record OwnershipJson(
    string Scope,
    string? Asset,
    string Country,
    string Stage,
    string Owner,
    string? OwnerCompany,
    double SharePct,
    bool IsLowerBound,
    string Basis,
    string SourceId)
{
    /// <summary>The contract of one ownership fact.</summary>
    public static OwnershipJson From(OwnershipFact o) => new(
        o.Scope.ToString().ToLowerInvariant(), o.Asset, o.Country.Code, o.Stage.Name(), o.Owner.Code, o.OwnerCompany,
        o.Share.Percent, o.IsLowerBound, o.Basis, o.SourceId);
}
