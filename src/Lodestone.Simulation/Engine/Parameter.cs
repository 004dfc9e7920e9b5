using Lodestone.Simulation.Distributions;

namespace Lodestone.Simulation.Engine;

/// <summary>One model parameter: its distribution and why it has that value.</summary>
/// <param name="Name">Dotted name, e.g. "gallium/refining.spare_capacity".</param>
/// <param name="Value">The distribution (a <see cref="Fixed"/> value for point estimates).</param>
/// <param name="Basis">A source (dataset id, or title and URL) or, when <paramref name="IsAssumption"/>, the reason for the assumption.</param>
/// <param name="IsAssumption">True when no source backs the value.</param>
public sealed record Parameter(string Name, Distribution Value, string Basis, bool IsAssumption)
{
    public static Parameter Derived(string name, double value, string basis) => new(name, new Fixed(value), basis, false);

    public static Parameter Assumed(string name, double value, string reason) => new(name, new Fixed(value), reason, true);
}
