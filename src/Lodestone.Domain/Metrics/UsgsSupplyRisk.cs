namespace Lodestone.Domain.Metrics;

/// <summary>The USGS 2022 critical-minerals supply-risk score: disruption potential × trade exposure × economic vulnerability.</summary>
/// <remarks>
/// Nassar, N. T. et al. (2020), Science Advances 6:eaay8647; USGS Open-File Report 2021-1045 (list cut-off 0.40 on the
/// recency-weighted mean). Only the product of the three published component scores is computed here: the
/// component sub-formulas are not implemented, so the score exists only where all three inputs are given.
/// </remarks>
internal static class UsgsSupplyRisk
{
    public const double ListCutOff = 0.40;

    public static MetricResult Score(double? disruptionPotential, double? tradeExposure, double? economicVulnerability)
    {
        var inputs = new List<MetricInput>
        {
            new("disruption potential", disruptionPotential),
            new("trade exposure", tradeExposure),
            new("economic vulnerability", economicVulnerability),
        };
        var missing = inputs.Where(i => i.Value is null).Select(i => i.Name).ToList();
        return missing.Count > 0
            ? MetricResult.Insufficient("usgs_supply_risk", "missing: " + string.Join(", ", missing), inputs)
            : MetricResult.Ok("usgs_supply_risk", disruptionPotential!.Value * tradeExposure!.Value * economicVulnerability!.Value, inputs);
    }
}
