using Lodestone.Domain.Metrics;

namespace Lodestone.Queries.Risk;

/// <summary>A computed metric: status (ok, bounded, insufficient_data), value or bounds, the reason when missing, every input.</summary>
public sealed record MetricJson(string Method, string Status, double? Value, double? Lower, double? Upper, string? Reason, IReadOnlyList<InputJson> Inputs)
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
