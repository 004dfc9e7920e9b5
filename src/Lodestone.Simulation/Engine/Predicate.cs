using System.Globalization;

namespace Lodestone.Simulation.Engine;

/// <summary>A yes/no question about one run: "<see cref="Metric"/> of <see cref="MarketIndex"/> at <see cref="Month"/> <see cref="Op"/> <see cref="Threshold"/>".</summary>
/// <param name="Month">1-based simulated month.</param>
/// <param name="Op">"&lt;", "&lt;=", "&gt;", "&gt;=".</param>
public sealed record Predicate(string Name, int MarketIndex, Metric Metric, int Month, string Op, double Threshold)
{
    /// <summary>Whether a run's <paramref name="value"/> of the metric satisfies the comparison with <see cref="Threshold"/>.</summary>
    /// <exception cref="InvalidOperationException"><see cref="Op"/> is not one of the four operators.</exception>
    public bool Holds(double value) => Op switch
    {
        "<" => value < Threshold,
        "<=" => value <= Threshold,
        ">" => value > Threshold,
        ">=" => value >= Threshold,
        _ => throw new InvalidOperationException("unknown operator " + Op),
    };

    /// <summary>Whether <paramref name="op"/> is one of "&lt;", "&lt;=", "&gt;", "&gt;=".</summary>
    public static bool IsOperator(string op) => op is "<" or "<=" or ">" or ">=";

    /// <summary>The question in words, for <paramref name="marketKey"/> ("shortfall(gallium/refining) at month 12 &gt; 0.1").</summary>
    public string Describe(string marketKey) =>
        string.Create(CultureInfo.InvariantCulture, $"{Metric.Name()}({marketKey}) at month {Month} {Op} {Threshold:G4}");
}
