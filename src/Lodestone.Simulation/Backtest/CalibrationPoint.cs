namespace Lodestone.Simulation.Backtest;

/// <summary>One candidate value of the calibrated parameter and its loss on the calibration episodes.</summary>
/// <param name="Loss">Mean |P50 − recorded| over every observation of every calibration episode.</param>
public sealed record CalibrationPoint(double Value, double Loss);
