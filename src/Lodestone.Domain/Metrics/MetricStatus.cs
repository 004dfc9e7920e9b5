namespace Lodestone.Domain.Metrics;

/// <summary>Whether a metric could be computed from the inputs it was given.</summary>
public enum MetricStatus
{
    /// <summary>Every input was present: <see cref="MetricResult.Value"/> is the result.</summary>
    Ok,
    /// <summary>Some inputs are only bounded: the result lies in [<see cref="MetricResult.Lower"/>, <see cref="MetricResult.Upper"/>].</summary>
    Bounded,
    /// <summary>An input is missing: no value is given, <see cref="MetricResult.Reason"/> says which.</summary>
    InsufficientData,
}
