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

    /// <summary>Name of the input holding the low end of m = F ÷ (p + F) in
    /// <see cref="ScoreOfImportShare"/>.</summary>
    public const string ImportShareLow = "import share of supply F ÷ (p + F), low end";

    /// <summary>Name of the input holding its high end.</summary>
    public const string ImportShareHigh = "import share of supply F ÷ (p + F), high end";

    /// <summary>The score when p and F are known only through the import share of supply m = F ÷ (p + F) ∈
    /// [<paramref name="importLow"/>, <paramref name="importHigh"/>], with fᵢ given as the partners' shares of
    /// F.</summary>
    /// <remarks>
    /// Σ gᵢ·fᵢ ÷ (p + F) = (Σ gᵢ·sᵢ ÷ Σ sᵢ) · m, with sᵢ the partners' shares, so the score is linear in m and its
    /// ends lie at m's ends: low = HHI_low · Σ_known g·s ÷ Σ s · m_low, high = HHI_high · (Σ_known g·s +
    /// Σ_unknown s) ÷ Σ s · m_high. <paramref name="basis"/> says where m comes from (e.g. a mass balance in tonnes
    /// bounded by an "other countries" row).
    /// </remarks>
    public static MetricResult ScoreOfImportShare(double? hhiLower, double? hhiUpper,
        IReadOnlyList<GeoPolRiskPartner> partners, double importLow, double importHigh, string basis)
    {
        var shares = partners.Sum(p => p.Imports);
        var inputs = new List<MetricInput>
        {
            new("HHI (0–1)", hhiLower, hhiUpper is { } u && u != hhiLower ? "lower bound; upper " + Num(u) : null),
            new(ImportShareLow, importLow, basis),
            new(ImportShareHigh, importHigh),
        };
        inputs.AddRange(partners.Select(p => new MetricInput("imports f " + p.Country.Code, p.Imports,
            "g = " + (p.Instability is { } g ? Num(g) : "missing"))));
        if (hhiLower is null || shares <= 0 || importLow < 0 || importHigh > 1 || importLow > importHigh)
        {
            return MetricResult.Insufficient("geopolrisk", hhiLower is null ? "missing: HHI of global production"
                : "no import shares or no valid import share of supply", inputs);
        }
        var known = partners.Where(p => p.Instability is not null).Sum(p => p.Instability!.Value * p.Imports) / shares;
        var unknown = partners.Where(p => p.Instability is null).ToList();
        var hhiHigh = hhiUpper ?? hhiLower.Value;
        var lower = hhiLower.Value * known * importLow;
        var upper = hhiHigh * (known + unknown.Sum(p => p.Imports) / shares) * importHigh;
        var reasons = new List<string>();
        if (importLow != importHigh)
        {
            reasons.Add($"import share of supply F ÷ (p + F) known only as [{Num(importLow)}, {Num(importHigh)}]"
                + $" ({basis})");
        }
        if (unknown.Count > 0)
        {
            reasons.Add("political instability unknown for " + string.Join(", ", unknown.Select(p => p.Country.Code))
                + " (g taken over [0, 1])");
        }
        if (hhiHigh != hhiLower.Value)
        {
            reasons.Add("HHI is a lower bound");
        }
        return reasons.Count == 0
            ? MetricResult.Ok("geopolrisk", lower, inputs)
            : MetricResult.Bounded("geopolrisk", lower, upper, string.Join("; ", reasons), inputs);
    }

    private static string Num(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

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
