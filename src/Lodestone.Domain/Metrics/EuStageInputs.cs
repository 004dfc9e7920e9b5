namespace Lodestone.Domain.Metrics;

/// <summary>The inputs of the EU CRM supply risk for one stage (extraction or processing).</summary>
/// <param name="Stage">"extraction" or "processing".</param>
/// <param name="GlobalSupply">Global supply shares in percent.</param>
/// <param name="EuSourcing">EU sourcing shares in percent (domestic production plus imports); null when unknown.</param>
/// <param name="ImportReliance">IR as a fraction 0–1; null when unknown.</param>
/// <param name="EndOfLifeRecyclingInputRate">EoL-RIR as a fraction 0–1; null when unknown.</param>
/// <param name="SubstitutionIndex">SI_SR (about 0.7–1); null when unknown.</param>
internal sealed record EuStageInputs(
    string Stage,
    IReadOnlyList<SupplierShare> GlobalSupply,
    IReadOnlyList<SupplierShare>? EuSourcing,
    double? ImportReliance,
    double? EndOfLifeRecyclingInputRate,
    double? SubstitutionIndex);
