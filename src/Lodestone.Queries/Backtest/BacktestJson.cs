using Lodestone.Simulation.Backtest;

namespace Lodestone.Queries.Backtest;

/// <summary>The answer to the backtest question: the request, the calibration, each episode's forecasts against the record, and the
/// errors in sample (calibration episodes) and out of sample (held-out episodes).</summary>
/// <param name="Episode">The episode asked for, or null for every episode.</param>
/// <param name="Metrics">How the metrics are defined, in words.</param>
/// <param name="HeldOutUncalibrated">The held-out episodes with the calibrated parameter as their files write it, for comparison.</param>
/// <param name="HeldOutUncalibratedObservations">Their records against that uncalibrated forecast, one by one.</param>
public sealed record BacktestJson(
    string? Episode,
    int Runs,
    ulong Seed,
    string Metrics,
    CalibrationResult Calibration,
    IReadOnlyList<EpisodeResult> Episodes,
    BacktestSummary InSample,
    BacktestSummary HeldOut,
    BacktestSummary HeldOutUncalibrated,
    IReadOnlyList<ObservationResult> HeldOutUncalibratedObservations);
