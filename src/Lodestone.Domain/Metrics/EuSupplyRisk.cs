using System.Globalization;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Metrics;

/// <summary>The EU Critical Raw Materials supply-risk indicator (European Commission 2017 methodology, used in 2020 and 2023).</summary>
/// <remarks>
/// Per stage: SR = [HHI_WGI,t(global supply) · IR/2 + HHI_WGI,t(EU sourcing) · (1 − IR/2)] · (1 − EoL_RIR) · SI_SR,
/// with HHI_WGI,t = Σ_c s_c² · WGI_c · t_c ÷ 10,000 (s in percent, WGI scaled 0–10 by <see cref="WgiScale.ToEuScale"/>,
/// t the trade parameter: 1 without measures, up to 1.5 with export restrictions, 0.8 for EU trade-agreement partners).
/// The reported SR is the higher of the extraction and processing stages; a material is critical when SR ≥ 1 and
/// EI ≥ 2.8. Source: European Commission (2017), Methodology for establishing the EU list of critical raw materials,
/// doi:10.2873/769526. Every input is required: a missing one gives <c>insufficient_data</c>, never a default
/// (in particular t is never assumed to be 1).
/// </remarks>
internal static class EuSupplyRisk
{
    /// <summary>Criticality thresholds of the EU method.</summary>
    public const double SupplyRiskThreshold = 1.0;
    public const double EconomicImportanceThreshold = 2.8;

    /// <summary>HHI_WGI,t = Σ s² · WGI · t ÷ 10,000 over shares in percent; insufficient when a country lacks WGI or t.</summary>
    public static MetricResult HhiWgiT(IReadOnlyList<SupplierShare> shares, IReadOnlyDictionary<Iso3, double> wgiScaled, IReadOnlyDictionary<Iso3, double> trade)
    {
        var inputs = new List<MetricInput>();
        var missingWgi = new List<string>();
        var missingT = new List<string>();
        var sum = 0.0;
        foreach (var s in shares.Where(s => s.SharePercent > 0))
        {
            var w = wgiScaled.TryGetValue(s.Country, out var wv) ? wv : (double?)null;
            var t = trade.TryGetValue(s.Country, out var tv) ? tv : (double?)null;
            inputs.Add(new MetricInput("share " + s.Country.Code, s.SharePercent, "%"));
            inputs.Add(new MetricInput("WGI (0–10) " + s.Country.Code, w, w is null ? "missing" : null));
            inputs.Add(new MetricInput("t " + s.Country.Code, t, t is null ? "missing" : null));
            if (w is null)
            {
                missingWgi.Add(s.Country.Code);
            }
            if (t is null)
            {
                missingT.Add(s.Country.Code);
            }
            if (w is not null && t is not null)
            {
                sum += s.SharePercent * s.SharePercent * w.Value * t.Value;
            }
        }
        var reasons = new List<string>();
        if (missingWgi.Count > 0)
        {
            reasons.Add("WGI missing for " + string.Join(", ", missingWgi));
        }
        if (missingT.Count > 0)
        {
            reasons.Add("trade parameter t missing for " + string.Join(", ", missingT));
        }
        return reasons.Count > 0
            ? MetricResult.Insufficient("hhi_wgi_t", string.Join("; ", reasons), inputs)
            : MetricResult.Ok("hhi_wgi_t", sum / 10_000, inputs);
    }

    /// <summary>SR of one stage.</summary>
    public static MetricResult Stage(EuStageInputs stage, IReadOnlyDictionary<Iso3, double> wgiScaled, IReadOnlyDictionary<Iso3, double> trade)
    {
        var method = "eu_supply_risk_" + stage.Stage;
        var global = HhiWgiT(stage.GlobalSupply, wgiScaled, trade);
        var eu = stage.EuSourcing is null ? null : HhiWgiT(stage.EuSourcing, wgiScaled, trade);
        var inputs = new List<MetricInput>
        {
            new("HHI_WGI,t global supply", global.Value),
            new("HHI_WGI,t EU sourcing", eu?.Value),
            new("IR", stage.ImportReliance),
            new("EoL-RIR", stage.EndOfLifeRecyclingInputRate),
            new("SI_SR", stage.SubstitutionIndex),
        };
        var missing = new List<string>();
        if (global.IsInsufficient)
        {
            missing.Add("global supply HHI (" + global.Reason + ")");
        }
        if (eu is null)
        {
            missing.Add("EU sourcing shares");
        }
        else if (eu.IsInsufficient)
        {
            missing.Add("EU sourcing HHI (" + eu.Reason + ")");
        }
        if (stage.ImportReliance is null)
        {
            missing.Add("import reliance IR");
        }
        if (stage.EndOfLifeRecyclingInputRate is null)
        {
            missing.Add("EoL-RIR");
        }
        if (stage.SubstitutionIndex is null)
        {
            missing.Add("substitution index SI_SR");
        }
        if (missing.Count > 0)
        {
            return MetricResult.Insufficient(method, "missing: " + string.Join("; ", missing), inputs);
        }
        var ir = stage.ImportReliance!.Value;
        var sr = (global.Value!.Value * ir / 2 + eu!.Value!.Value * (1 - ir / 2))
                 * (1 - stage.EndOfLifeRecyclingInputRate!.Value) * stage.SubstitutionIndex!.Value;
        return MetricResult.Ok(method, sr, inputs);
    }

    /// <summary>The reported SR: the higher of the assessed stages (null = stage not assessed for this material).</summary>
    public static MetricResult Reported(MetricResult? extraction, MetricResult? processing)
    {
        var stages = new[] { extraction, processing }.OfType<MetricResult>().ToList();
        var inputs = stages.Select(s => new MetricInput(s.Method, s.Value, s.Reason)).ToList();
        if (stages.Count == 0)
        {
            return MetricResult.Insufficient("eu_supply_risk", "no stage assessed", inputs);
        }
        var insufficient = stages.Where(s => s.IsInsufficient).ToList();
        if (insufficient.Count > 0)
        {
            return MetricResult.Insufficient("eu_supply_risk",
                string.Join(" | ", insufficient.Select(s => s.Method + ": " + s.Reason)), inputs);
        }
        return MetricResult.Ok("eu_supply_risk", stages.Max(s => s.Value!.Value), inputs);
    }

    /// <summary>Critical when SR ≥ 1 and EI ≥ 2.8; null when either is unknown.</summary>
    public static bool? IsCritical(double? supplyRisk, double? economicImportance) =>
        supplyRisk is { } sr && economicImportance is { } ei ? sr >= SupplyRiskThreshold && ei >= EconomicImportanceThreshold : null;

    public static string Describe(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
