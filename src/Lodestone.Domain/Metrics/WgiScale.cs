namespace Lodestone.Domain.Metrics;

/// <summary>Rescalings of World Bank WGI estimates, which are published on roughly −2.5 (weak) to +2.5 (strong governance).</summary>
internal static class WgiScale
{
    /// <summary>EU CRM scaling: (mean of the six estimates − 2.5) × (−2), giving 0 (best governance) to 10 (worst).</summary>
    /// <remarks>European Commission (2017), Methodology for establishing the EU list of critical raw materials, §3.2.</remarks>
    public static double ToEuScale(double meanOfSix) => Math.Clamp((meanOfSix - 2.5) * -2, 0, 10);

    /// <summary>GeoPolRisk scaling of political stability (PV.EST): (2.5 − PV) ÷ 5, giving 0 (most stable) to 1 (least).</summary>
    /// <remarks>Min–max normalisation of the published −2.5…2.5 range, oriented so that a higher value is riskier.</remarks>
    public static double ToGeoPolRiskScale(double politicalStability) => Math.Clamp((2.5 - politicalStability) / 5, 0, 1);
}
