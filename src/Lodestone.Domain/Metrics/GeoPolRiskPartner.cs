using Lodestone.Domain.Model;

namespace Lodestone.Domain.Metrics;

/// <summary>One import partner in the GeoPolRisk method.</summary>
/// <param name="Imports">Imports fᵢ from the partner (any unit, the same for every partner and for F and p).</param>
/// <param name="Instability">gᵢ, the partner's political instability on 0 (stable) … 1; null when unknown.</param>
public sealed record GeoPolRiskPartner(Iso3 Country, double Imports, double? Instability);
