using Lodestone.Simulation.Distributions;

namespace Lodestone.Simulation.Engine;

/// <summary>One model parameter: its distribution and why it has that value and that width.</summary>
/// <param name="Name">Dotted name, e.g. "gallium/refining.spare_capacity".</param>
/// <param name="Value">The distribution (a <see cref="Fixed"/> value for point values).</param>
/// <param name="Basis">A source (dataset id, or title and URL) or, when <paramref name="IsAssumption"/>, the reason for the assumption.</param>
/// <param name="IsAssumption">True when no source backs the value.</param>
/// <param name="SpreadBasis">Why a sampled parameter has its width when the basis gives only a point (a default spread per kind of
/// parameter, docs/simulation.md "Uncertainty"): always an assumption. Null when the basis states the range itself.</param>
/// <param name="ExactBasis">Why a fixed value is not sampled: an exact count, a unit conversion, a definition or a scenario's
/// hypothetical. Null for sampled parameters and for point estimates that should carry a spread.</param>
public sealed record Parameter(string Name, Distribution Value, string Basis, bool IsAssumption, string? SpreadBasis = null, string? ExactBasis = null)
{
    /// <summary>A fixed value taken from data: <paramref name="basis"/> names the source.</summary>
    public static Parameter Derived(string name, double value, string basis) => new(name, new Fixed(value), basis, false);

    /// <summary>A fixed value no source backs: <paramref name="reason"/> says why it was chosen.</summary>
    public static Parameter Assumed(string name, double value, string reason) => new(name, new Fixed(value), reason, true);

    /// <summary>Sampled, exact, or a point estimate (fixed without a reason to be exact: a gap the shipped scenarios do not have).</summary>
    public ParameterUncertainty Uncertainty => !Value.IsFixed
        ? ParameterUncertainty.Sampled
        : ExactBasis is not null ? ParameterUncertainty.Exact : ParameterUncertainty.PointEstimate;
}
