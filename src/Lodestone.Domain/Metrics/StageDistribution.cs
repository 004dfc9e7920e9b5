using Lodestone.Domain.Model;

namespace Lodestone.Domain.Metrics;

/// <summary>The country shares of one commodity at one stage in one year: who produces what fraction of the world total.</summary>
/// <remarks>
/// Shares are of the world total, never of the sum of listed countries: for USGS rows, value ÷ WLD row; for published
/// stage shares, as published. Unnamed producers ("other countries" OTH, "rest of world" ROW) are kept as an aggregate
/// row (<see cref="OtherShare"/>). <see cref="IsProxy"/> marks a mine split standing in for a processing split.
/// </remarks>
/// <param name="Series">What is measured ("mine production", the IEA product scope …).</param>
/// <param name="DataType">"observed", "estimate (USGS 2024e)" … for published shares; "USGS production" otherwise.</param>
/// <param name="Unit">Unit of <see cref="CountryShare.Value"/>, when values exist.</param>
/// <param name="WorldTotal">The world total in <paramref name="Unit"/>, when the source gives one.</param>
/// <param name="Shares">Named countries first (descending share), then aggregate rows.</param>
public sealed record StageDistribution(
    string Commodity,
    Stage Stage,
    int Year,
    string Series,
    string DataType,
    ShareBasis Basis,
    string? Unit,
    double? WorldTotal,
    bool IsProxy,
    IReadOnlyList<CountryShare> Shares,
    IReadOnlyList<string> SourceIds)
{
    /// <summary>Share of <paramref name="country"/> (0 when it is not listed; listed countries absent from the source are unknown, not zero — see <see cref="Lists"/>).</summary>
    public double ShareOf(Iso3 country) => Shares.Where(s => s.Country == country).Sum(s => s.Share);

    /// <summary>Whether <paramref name="country"/> appears by name.</summary>
    public bool Lists(Iso3 country) => Shares.Any(s => s.Country == country);

    /// <summary>Summed share of the aggregate rows (OTH, ROW).</summary>
    public double OtherShare => Shares.Where(s => s.IsAggregate).Sum(s => s.Share);

    /// <summary>Summed share of all rows (near 1 when complete; rounding leaves small gaps).</summary>
    public double Coverage => Shares.Sum(s => s.Share);

    /// <summary>Named countries only.</summary>
    public IEnumerable<CountryShare> Named => Shares.Where(s => !s.IsAggregate);
}
