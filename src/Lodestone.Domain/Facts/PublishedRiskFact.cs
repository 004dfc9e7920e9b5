namespace Lodestone.Domain.Facts;

/// <summary>A published result of a criticality assessment (EU CRM supply risk, economic importance …) as reported.</summary>
/// <param name="Assessment">"EU CRM 2023".</param>
/// <param name="Stage">"extraction", "processing", or null when the source gives the reported value only.</param>
/// <param name="Parameter">"supply_risk", "economic_importance", "eol_rir", "substitution_index_sr", "import_reliance".</param>
public sealed record PublishedRiskFact(
    string Commodity,
    string Assessment,
    string? Stage,
    string Parameter,
    double Value,
    string SourceId,
    string? Notes);
