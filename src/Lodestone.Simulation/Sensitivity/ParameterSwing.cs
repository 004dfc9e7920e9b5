namespace Lodestone.Simulation.Sensitivity;

/// <summary>One bar of a tornado diagram: the headline figure with one parameter at its P10 and at its P90, every other at its median.</summary>
/// <param name="Parameter">Dotted parameter name ("gallium/refining.spare_capacity").</param>
/// <param name="Low">The parameter's 10th percentile.</param>
/// <param name="High">The parameter's 90th percentile.</param>
/// <param name="AtLow">The headline figure with the parameter at <paramref name="Low"/>.</param>
/// <param name="AtHigh">The headline figure with the parameter at <paramref name="High"/>.</param>
/// <param name="Swing">|AtHigh − AtLow|, in the headline figure's unit; parameters are ranked by it.</param>
public sealed record ParameterSwing(string Parameter, double Low, double High, double AtLow, double AtHigh, double Swing);
