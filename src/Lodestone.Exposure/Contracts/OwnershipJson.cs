using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Exposure.Contracts;

/// <summary>An ownership fact as used (or shown for context) in the control adjustment; <paramref name="SharePct"/> is percent 0–100.</summary>
public sealed record OwnershipJson(string Scope, string? Asset, string Country, string Stage, string Owner, string? OwnerCompany, double SharePct, bool IsLowerBound, string Basis, string SourceId)
{
    public static OwnershipJson From(OwnershipFact o) => new(
        o.Scope.ToString().ToLowerInvariant(), o.Asset, o.Country.Code, o.Stage.Name(), o.Owner.Code, o.OwnerCompany, o.Share.Percent, o.IsLowerBound, o.Basis, o.SourceId);
}
