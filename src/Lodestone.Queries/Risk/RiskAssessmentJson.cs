using Lodestone.Domain.Metrics;

namespace Lodestone.Queries.Risk;

/// <summary>One method applied to one commodity, mapped by hand from <see cref="RiskAssessment"/>.</summary>
/// <param name="ImportShares">GeoPolRisk only: the importer's import shares by partner, with their source and period; null otherwise.</param>
public sealed record RiskAssessmentJson(
    string Commodity,
    string Method,
    MetricJson Result,
    IReadOnlyList<MetricJson> Stages,
    IReadOnlyList<PublishedJson> Published,
    bool? CriticalPublished,
    ImportSharesJson? ImportShares)
{
    public static RiskAssessmentJson From(RiskAssessment a) => new(
        a.Commodity, RiskQuestion.MethodName(a.Method), MetricJson.From(a.Result), a.Stages.Select(MetricJson.From).ToList(),
        a.Published.Select(p => new PublishedJson(p.Assessment, p.Stage, p.Parameter, p.Value, p.SourceId, p.Notes)).ToList(), a.CriticalPublished,
        ImportSharesJson.From(a.Imports));
}
