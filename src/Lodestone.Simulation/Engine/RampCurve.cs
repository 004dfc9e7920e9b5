namespace Lodestone.Simulation.Engine;

/// <summary>How a project's output rises from zero to its capacity over its ramp-up months.</summary>
public enum RampCurve
{
    /// <summary>f(x) = x for x = months since start / ramp months, clamped to [0, 1].</summary>
    Linear,
    /// <summary>f(x) = x²(3 − 2x) (smoothstep): slow start, fast middle, slow finish.</summary>
    SCurve,
}
