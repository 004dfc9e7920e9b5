namespace Lodestone.Domain.Metrics;

/// <summary>The outcome of a metric: a value, a bounded interval, or <c>insufficient_data</c> with the reason — never a default.</summary>
/// <param name="Method">Which metric ("hhi", "eu_supply_risk", "geopolrisk", "usgs_supply_risk" …).</param>
/// <param name="Status">See <see cref="MetricStatus"/>.</param>
/// <param name="Value">The result when <see cref="MetricStatus.Ok"/>; for <see cref="MetricStatus.Bounded"/> the lower bound.</param>
/// <param name="Lower">Lower end of the interval (equal to <paramref name="Value"/> when exact).</param>
/// <param name="Upper">Upper end of the interval (equal to <paramref name="Value"/> when exact).</param>
/// <param name="Reason">Why the value is bounded or missing; null when exact.</param>
/// <param name="Inputs">Every input used (and every input found missing, with a null value).</param>
public sealed record MetricResult(
    string Method,
    MetricStatus Status,
    double? Value,
    double? Lower,
    double? Upper,
    string? Reason,
    IReadOnlyList<MetricInput> Inputs)
{
    public bool IsInsufficient => Status == MetricStatus.InsufficientData;

    public static MetricResult Ok(string method, double value, IReadOnlyList<MetricInput> inputs) =>
        new(method, MetricStatus.Ok, value, value, value, null, inputs);

    public static MetricResult Bounded(string method, double lower, double upper, string reason, IReadOnlyList<MetricInput> inputs) =>
        lower == upper
            ? new(method, MetricStatus.Ok, lower, lower, upper, reason, inputs)
            : new(method, MetricStatus.Bounded, lower, lower, upper, reason, inputs);

    public static MetricResult Insufficient(string method, string reason, IReadOnlyList<MetricInput> inputs) =>
        new(method, MetricStatus.InsufficientData, null, null, null, reason, inputs);
}
