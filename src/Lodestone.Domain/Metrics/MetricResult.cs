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
    /// <summary>True when no value could be computed; <see cref="Reason"/> says why.</summary>
    public bool IsInsufficient => Status == MetricStatus.InsufficientData;

    /// <summary>An exact value: <see cref="Lower"/> and <see cref="Upper"/> equal it.</summary>
    public static MetricResult Ok(string method, double value, IReadOnlyList<MetricInput> inputs) =>
        new(method, MetricStatus.Ok, value, value, value, null, inputs);

    /// <summary>The interval [<paramref name="lower"/>, <paramref name="upper"/>] with why it is not exact; an interval whose ends
    /// meet is reported as <see cref="MetricStatus.Ok"/> (the reason kept).</summary>
    public static MetricResult Bounded(string method, double lower, double upper, string reason, IReadOnlyList<MetricInput> inputs) =>
        lower == upper
            ? new(method, MetricStatus.Ok, lower, lower, upper, reason, inputs)
            : new(method, MetricStatus.Bounded, lower, lower, upper, reason, inputs);

    /// <summary>No value (<c>insufficient_data</c>): value and bounds null, <paramref name="reason"/> says why.</summary>
    public static MetricResult Insufficient(string method, string reason, IReadOnlyList<MetricInput> inputs) =>
        new(method, MetricStatus.InsufficientData, null, null, null, reason, inputs);
}
