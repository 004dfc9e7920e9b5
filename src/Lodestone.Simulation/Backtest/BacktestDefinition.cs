namespace Lodestone.Simulation.Backtest;

/// <summary>The backtest as shipped in <c>data/backtest/episodes.yaml</c>: the calibration and the episodes.</summary>
/// <param name="Directory">The folder the episode scenario files are read from.</param>
public sealed record BacktestDefinition(string Directory, CalibrationSpec Calibration, IReadOnlyList<EpisodeSpec> Episodes);
