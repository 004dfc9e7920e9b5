using System.Globalization;

namespace Lodestone.Simulation.Engine;

/// <summary>A yes/no question about one run: "<see cref="Metric"/> of <see cref="MarketIndex"/> at
/// <see cref="Month"/> <see cref="Op"/> <see cref="Threshold"/>".</summary>
/// <remarks>Checked at construction, so a predicate that exists can be asked: an unknown operator, a month before the
/// first, a negative market index or a NaN threshold (every comparison with it false) is rejected there, not when the
/// first run is judged.</remarks>
/// <param name="Name">The predicate's name in the scenario file.</param>
/// <param name="Metric">What is compared.</param>
/// <exception cref="ArgumentException">An argument is outside what is described above.</exception>
public sealed record Predicate(string Name, int MarketIndex, Metric Metric, int Month, string Op, double Threshold)
{
    /// <summary>The market asked about: an index into the model's markets, 0 or more.</summary>
    public int MarketIndex { get; } = MarketIndex >= 0
        ? MarketIndex
        : throw new ArgumentOutOfRangeException(nameof(MarketIndex), MarketIndex, "a market index is 0 or more");

    /// <summary>The simulated month asked about, 1-based.</summary>
    public int Month { get; } = Month >= 1
        ? Month
        : throw new ArgumentOutOfRangeException(nameof(Month), Month, "a predicate's month is 1-based: 1 or more");

    /// <summary>The comparison: "&lt;", "&lt;=", "&gt;" or "&gt;=".</summary>
    public string Op { get; } = IsOperator(Op)
        ? Op
        : throw new ArgumentException($"unknown operator '{Op}': expected <, <=, > or >=", nameof(Op));

    /// <summary>The value the metric is compared with; not NaN.</summary>
    public double Threshold { get; } = !double.IsNaN(Threshold)
        ? Threshold
        : throw new ArgumentException(
            "the threshold is NaN: every comparison with it would be false", nameof(Threshold));

    /// <summary>Whether a run's <paramref name="value"/> of the metric satisfies the comparison with
    /// <see cref="Threshold"/>.</summary>
    public bool Holds(double value) => Op switch
    {
        "<" => value < Threshold,
        "<=" => value <= Threshold,
        ">" => value > Threshold,
        ">=" => value >= Threshold,
        _ => throw new System.Diagnostics.UnreachableException("the constructor admits only the four operators"),
    };

    /// <summary>Whether <paramref name="op"/> is one of "&lt;", "&lt;=", "&gt;", "&gt;=".</summary>
    public static bool IsOperator(string op) => op is "<" or "<=" or ">" or ">=";

    /// <summary>The question in words, for <paramref name="marketKey"/>
    /// ("shortfall(gallium/refining) at month 12 &gt; 0.1").</summary>
    public string Describe(string marketKey) =>
        string.Create(CultureInfo.InvariantCulture, $"{Metric.Name()}({marketKey}) at month {Month} {Op} {Threshold:G4}");
}
