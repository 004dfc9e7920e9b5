namespace Lodestone.Simulation.Backtest;

/// <summary>What the backtest calibrates: one event parameter set to the same value in every event of every episode, chosen from
/// <see cref="Grid"/> on the calibration episodes only.</summary>
/// <param name="Parameter">The event parameter ("approval_rate"): every compiled parameter named "….{Parameter}" of an event.</param>
/// <param name="Grid">Candidate values, in the order they are tried (ties keep the first).</param>
/// <param name="Reason">Why the parameter is an assumption that may be calibrated.</param>
public sealed record CalibrationSpec(string Parameter, IReadOnlyList<double> Grid, string Reason);
