namespace Lodestone.Simulation.Backtest;

/// <summary>The backtest: the calibration, each episode's forecasts against the record, and the errors in and out of sample.</summary>
/// <param name="Calibration">What the calibration episodes chose.</param>
/// <param name="Episodes">The episodes asked for (all by default).</param>
/// <param name="InSample">Errors over the calibration episodes reported.</param>
/// <param name="HeldOut">Errors over the held-out episodes reported: the figure to quote.</param>
/// <param name="HeldOutUncalibrated">The same episodes with the calibrated parameter as their files write it (sampled): what the
/// calibration changed out of sample.</param>
/// <param name="HeldOutUncalibratedObservations">Each record of those episodes against the uncalibrated forecast.</param>
public sealed record BacktestReport(int Runs, ulong Seed, CalibrationResult Calibration, IReadOnlyList<EpisodeResult> Episodes, BacktestSummary InSample,
    BacktestSummary HeldOut, BacktestSummary HeldOutUncalibrated, IReadOnlyList<ObservationResult> HeldOutUncalibratedObservations);
