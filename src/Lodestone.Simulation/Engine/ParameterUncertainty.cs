namespace Lodestone.Simulation.Engine;

/// <summary>How a parameter's uncertainty is represented (docs/simulation.md, "Uncertainty").</summary>
public enum ParameterUncertainty
{
    /// <summary>Drawn per run from a distribution: the source's stated range or a documented default spread.</summary>
    Sampled,
    /// <summary>Fixed because the source is exact: a count, a unit conversion, a definition or a scenario's hypothetical.</summary>
    Exact,
    /// <summary>Fixed although it is an estimate: no spread was given (user scenarios may do this; shipped ones may not).</summary>
    PointEstimate,
}

/// <summary>Names of <see cref="ParameterUncertainty"/> values in JSON and the CLI.</summary>
internal static class ParameterUncertainties
{
    public static string Name(this ParameterUncertainty uncertainty) => uncertainty switch
    {
        ParameterUncertainty.Sampled => "sampled",
        ParameterUncertainty.Exact => "exact",
        ParameterUncertainty.PointEstimate => "point estimate",
        _ => throw new ArgumentOutOfRangeException(nameof(uncertainty)),
    };
}
