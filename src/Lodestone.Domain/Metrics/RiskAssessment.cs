using Lodestone.Domain.Facts;

namespace Lodestone.Domain.Metrics;

/// <summary>One method applied to one commodity: the computed result with its inputs, and any published values beside it.</summary>
/// <param name="Result">The computed result (often <c>insufficient_data</c>, with the reason).</param>
/// <param name="Stages">Per-stage results where the method has stages (EU: extraction, processing).</param>
/// <param name="Published">Published results of the same assessment (EU CRM 2023 SR and EI), as reported.</param>
/// <param name="CriticalPublished">EU criticality judged from the published SR and EI (SR ≥ 1 and EI ≥ 2.8); null when either is missing.</param>
public sealed record RiskAssessment(
    string Commodity,
    RiskMethod Method,
    MetricResult Result,
    IReadOnlyList<MetricResult> Stages,
    IReadOnlyList<PublishedRiskFact> Published,
    bool? CriticalPublished)
{
    /// <summary>GeoPolRisk's partners: the importer's import shares, the list exposure and the brief take the supplier's share from;
    /// null for the other methods, or when neither USGS nor BACI has anything for the importer and commodity.</summary>
    public Exposure.ImportPartnerShares? Imports { get; init; }
}
