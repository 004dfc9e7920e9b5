using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.Sensitivity;

/// <summary>What a simulation's sensitivity analysis ranks the drivers of: one metric of every market at one month. The CLI's
/// <c>simulate --sensitivity</c> and a server's simulation job (<c>sensitivity: true</c>) both resolve their options here and
/// analyse through <see cref="Analyse"/>, so the two rank the same drivers in the same order.</summary>
/// <param name="Metric">The headline metric (default <see cref="Metric.EffectiveConcernShare"/>).</param>
/// <param name="Month">1-based month of the headline figure, within the model's horizon (default: the last).</param>
public sealed record SensitivityHeadline(Metric Metric, int Month)
{
    /// <summary>The metric used when none is named: the supplier of concern's effective share, the fan charts' metric.</summary>
    public const Metric DefaultMetric = Metric.EffectiveConcernShare;

    /// <summary>Resolves a metric name and month for a model of <paramref name="horizon"/> months; null names and months take the
    /// defaults. On failure <paramref name="metricError"/> or <paramref name="monthError"/> says what was expected (without the
    /// option's name, which each front end adds).</summary>
    public static SensitivityHeadline? TryResolve(string? metric, int? month, int horizon, out string? metricError, out string? monthError)
    {
        metricError = monthError = null;
        var parsed = DefaultMetric;
        if (metric is not null && !Metrics.TryParse(metric, out parsed))
        {
            metricError = $"must be one of: {string.Join(", ", Metrics.All.Select(m => m.Name()))} (got '{metric}')";
        }
        var at = month ?? horizon;
        if (at < 1 || at > horizon)
        {
            monthError = $"must be 1–{horizon}, a month of the horizon (got {at})";
        }
        return metricError is null && monthError is null ? new SensitivityHeadline(parsed, at) : null;
    }

    /// <summary>The one-at-a-time analysis of this headline for <paramref name="model"/> (<see cref="OneAtATime.Analyse"/>).</summary>
    public SensitivityReport Analyse(SimulationModel model) => OneAtATime.Analyse(model, Metric, Month);
}
