using Lodestone.Domain.Model;

namespace Lodestone.Domain.Metrics;

/// <summary>One country's (or aggregate row's) share of a stage.</summary>
/// <param name="Country">The producer, or OTH/ROW for an aggregate of unnamed countries.</param>
/// <param name="Share">Fraction of the world total, 0–1.</param>
/// <param name="Value">The underlying quantity in the distribution's unit, when the source gives one.</param>
/// <param name="Qualifier">"=", "~" (approximately) or "&gt;" (lower bound), as published.</param>
public sealed record CountryShare(Iso3 Country, double Share, double? Value, string Qualifier = "=")
{
    /// <summary>True for an aggregate row (WLD, OTH, ROW): not one country.</summary>
    public bool IsAggregate => Country.IsAggregate;
}
