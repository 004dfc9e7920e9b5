using Lodestone.Domain.Metrics;

namespace Lodestone.Cli.Commands.Risk;

/// <summary>The JSON contract of <c>lodestone risk</c>, mapped by hand from <see cref="RiskAssessment"/>.</summary>
internal sealed record RiskJson(string Importer, IReadOnlyList<RiskAssessmentJson> Assessments);

internal sealed record RiskAssessmentJson(
    string Commodity,
    string Method,
    MetricJson Result,
    IReadOnlyList<MetricJson> Stages,
    IReadOnlyList<PublishedJson> Published,
    bool? CriticalPublished)
{
    public static RiskAssessmentJson From(RiskAssessment a) => new(
        a.Commodity, RiskCommand.MethodName(a.Method), MetricJson.From(a.Result), a.Stages.Select(MetricJson.From).ToList(),
        a.Published.Select(p => new PublishedJson(p.Assessment, p.Stage, p.Parameter, p.Value, p.SourceId, p.Notes)).ToList(), a.CriticalPublished);
}

internal sealed record MetricJson(string Method, string Status, double? Value, double? Lower, double? Upper, string? Reason, IReadOnlyList<InputJson> Inputs)
{
    public static MetricJson From(MetricResult m) => new(
        m.Method, StatusName(m.Status), m.Value, m.Lower, m.Upper, m.Reason, m.Inputs.Select(i => new InputJson(i.Name, i.Value, i.Note)).ToList());

    public static string StatusName(MetricStatus status) => status switch
    {
        MetricStatus.Ok => "ok",
        MetricStatus.Bounded => "bounded",
        _ => "insufficient_data",
    };
}

internal sealed record InputJson(string Name, double? Value, string? Note);

internal sealed record PublishedJson(string Assessment, string? Stage, string Parameter, double Value, string SourceId, string? Notes);
