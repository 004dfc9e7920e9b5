using System.Globalization;

namespace Lodestone.Domain.Metrics;

/// <summary>HHI and top-N share of a <see cref="StageDistribution"/>, with "other countries" handled explicitly.</summary>
/// <remarks>
/// An aggregate row (OTH, ROW) is many countries, so it is excluded from Σ sᵢ²: the HHI of named countries is a
/// <b>lower bound</b>. The upper bound treats the aggregate as if it were one country (+ s_other²). Both are reported;
/// <see cref="MetricResult.Value"/> is the lower bound. Shares are of the world total, not renormalised.
/// </remarks>
internal static class StageConcentration
{
    /// <summary>HHI on the 0–10,000 scale (shares in percent).</summary>
    public static MetricResult Hhi(StageDistribution distribution)
    {
        var named = distribution.Named.Select(s => s.Share * 100).ToList();
        var other = distribution.OtherShare * 100;
        var lower = Concentration.HhiPercent(named);
        var inputs = distribution.Shares
            .Select(s => new MetricInput("share " + s.Country.Code, s.Share * 100, s.IsAggregate ? "% of world; aggregate, excluded" : "% of world"))
            .ToList();
        if (distribution.Shares.Count == 0)
        {
            return MetricResult.Insufficient("hhi", "no country shares for this stage", inputs);
        }
        return other > 0
            ? MetricResult.Bounded("hhi", lower, lower + other * other,
                "lower bound: the aggregate of unnamed countries (" + other.ToString("0.#", CultureInfo.InvariantCulture) + " %) is excluded; upper bound counts it as one country", inputs)
            : MetricResult.Ok("hhi", lower, inputs);
    }

    /// <summary>Combined share (percent) of the <paramref name="n"/> largest named countries.</summary>
    public static double TopNSharePercent(StageDistribution distribution, int n) =>
        Concentration.TopNShare(distribution.Named.Select(s => s.Share * 100), n);
}
