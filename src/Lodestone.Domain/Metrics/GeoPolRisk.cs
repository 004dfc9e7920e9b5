using System.Globalization;

namespace Lodestone.Domain.Metrics;

/// <summary>The GeoPolRisk supply-risk score and characterisation factor (Gemechu et al. 2016; Helbig et al. 2016; geopolrisk-py).</summary>
/// <remarks>
/// Score = HHI · Σᵢ gᵢ · fᵢ ÷ (p + F), with HHI of global production on 0–1, fᵢ imports from partner i, F total imports,
/// p domestic production and gᵢ the partner's political instability on 0–1 (<see cref="WgiScale.ToGeoPolRiskScale"/>).
/// CF = score × price. Where a partner's gᵢ is unknown the package uses 0.5; Lodestone does not: the score becomes an
/// interval with gᵢ ∈ [0, 1] for those partners, and the reason names them. A missing HHI, p or F gives
/// <c>insufficient_data</c>.
/// </remarks>
public static class GeoPolRisk
{
    /// <summary>The score; <paramref name="hhiUpper"/> equals <paramref name="hhiLower"/> when the HHI is exact.</summary>
    public static MetricResult Score(double? hhiLower, double? hhiUpper, IReadOnlyList<GeoPolRiskPartner> partners, double? totalImports, double? domesticProduction)
    {
        var inputs = new List<MetricInput>
        {
            new("HHI (0–1)", hhiLower, hhiUpper is { } u && u != hhiLower ? "lower bound; upper " + u.ToString("0.####", CultureInfo.InvariantCulture) : null),
            new("total imports F", totalImports),
            new("domestic production p", domesticProduction),
        };
        inputs.AddRange(partners.Select(p => new MetricInput("imports f " + p.Country.Code, p.Imports, "g = " + (p.Instability?.ToString("0.###", CultureInfo.InvariantCulture) ?? "missing"))));
        var missing = new List<string>();
        if (hhiLower is null)
        {
            missing.Add("HHI of global production");
        }
        if (totalImports is null)
        {
            missing.Add("total imports F");
        }
        if (domesticProduction is null)
        {
            missing.Add("domestic production p");
        }
        if (missing.Count > 0)
        {
            return MetricResult.Insufficient("geopolrisk", "missing: " + string.Join(", ", missing), inputs);
        }
        var denominator = domesticProduction!.Value + totalImports!.Value;
        if (denominator <= 0)
        {
            return MetricResult.Insufficient("geopolrisk", "p + F is zero: no supply to weight", inputs);
        }
        var known = partners.Where(p => p.Instability is not null).Sum(p => p.Instability!.Value * p.Imports);
        var unknown = partners.Where(p => p.Instability is null).ToList();
        var unknownImports = unknown.Sum(p => p.Imports);
        var hhiHigh = hhiUpper ?? hhiLower!.Value;
        var exactHhi = hhiHigh == hhiLower!.Value;
        var lower = hhiLower.Value * known / denominator;
        var upper = hhiHigh * (known + unknownImports) / denominator;
        if (unknown.Count == 0 && exactHhi)
        {
            return MetricResult.Ok("geopolrisk", lower, inputs);
        }
        var reasons = new List<string>();
        if (unknown.Count > 0)
        {
            reasons.Add("political instability unknown for " + string.Join(", ", unknown.Select(p => p.Country.Code)) + " (g taken over [0, 1])");
        }
        if (!exactHhi)
        {
            reasons.Add("HHI is a lower bound");
        }
        return MetricResult.Bounded("geopolrisk", lower, upper, string.Join("; ", reasons), inputs);
    }

    /// <summary>CF = score × price (price in the caller's currency per unit of material).</summary>
    public static MetricResult CharacterisationFactor(MetricResult score, double? price)
    {
        var inputs = new List<MetricInput> { new("GeoPolRisk score", score.Value), new("price", price) };
        if (score.IsInsufficient)
        {
            return MetricResult.Insufficient("geopolrisk_cf", "score: " + score.Reason, inputs);
        }
        if (price is null)
        {
            return MetricResult.Insufficient("geopolrisk_cf", "missing: price", inputs);
        }
        return score.Status == MetricStatus.Ok
            ? MetricResult.Ok("geopolrisk_cf", score.Value!.Value * price.Value, inputs)
            : MetricResult.Bounded("geopolrisk_cf", score.Lower!.Value * price.Value, score.Upper!.Value * price.Value, score.Reason ?? "bounded score", inputs);
    }
}
