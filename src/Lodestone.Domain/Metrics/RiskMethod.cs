namespace Lodestone.Domain.Metrics;

/// <summary>The published supply-risk methods Lodestone implements.</summary>
public enum RiskMethod
{
    /// <summary>EU Critical Raw Materials supply risk (European Commission 2017 methodology).</summary>
    Eu,
    /// <summary>GeoPolRisk (Gemechu et al. 2016; geopolrisk-py).</summary>
    GeoPolRisk,
    /// <summary>USGS 2022 supply risk (Nassar et al. 2020).</summary>
    Usgs,
}
