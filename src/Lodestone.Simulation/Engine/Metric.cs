namespace Lodestone.Simulation.Engine;

/// <summary>Per-run, per-month outputs whose distribution the Monte Carlo reports (P5/P50/P95).</summary>
public enum Metric
{
    /// <summary>Unmet demand after every response, as a fraction of the importer's (reduced) demand, 0–1.</summary>
    ShortfallFraction,
    /// <summary>Share of the importer's supply flows that come directly from the supplier of concern, 0–1.</summary>
    ConcernShare,
    /// <summary>Share traced back to the supplier of concern through the origin attribution (equal to the direct share without a tracer).</summary>
    EffectiveConcernShare,
    /// <summary>Price index, 1 = pre-disruption price.</summary>
    PriceIndex,
}

/// <summary>Names of <see cref="Metric"/> values in files, JSON and the CLI.</summary>
public static class Metrics
{
    /// <summary>Every metric, in the order reports list them.</summary>
    public static IReadOnlyList<Metric> All { get; } = [Metric.ShortfallFraction, Metric.ConcernShare, Metric.EffectiveConcernShare, Metric.PriceIndex];

    /// <summary>The snake_case name used in files, JSON and the CLI ("shortfall", "price_index").</summary>
    public static string Name(this Metric metric) => metric switch
    {
        Metric.ShortfallFraction => "shortfall",
        Metric.ConcernShare => "concern_share",
        Metric.EffectiveConcernShare => "effective_concern_share",
        Metric.PriceIndex => "price_index",
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    /// <summary>The metric named <paramref name="text"/> (any case); false for any other text.</summary>
    public static bool TryParse(string? text, out Metric metric)
    {
        foreach (var m in All)
        {
            if (string.Equals(m.Name(), text, StringComparison.OrdinalIgnoreCase))
            {
                metric = m;
                return true;
            }
        }
        metric = default;
        return false;
    }
}
