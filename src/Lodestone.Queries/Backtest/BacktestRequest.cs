namespace Lodestone.Queries.Backtest;

/// <summary>A checked backtest question.</summary>
/// <param name="Episode">One episode name of <c>data/backtest/episodes.yaml</c>, or null for every episode (the calibration always uses every calibration episode).</param>
/// <param name="Runs">Monte Carlo runs per episode and calibration candidate, <see cref="BacktestQuestion.MinRuns"/>–<see cref="BacktestQuestion.MaxRuns"/>.</param>
/// <param name="Seed">The seed; the same request on the same data gives the same answer.</param>
public sealed record BacktestRequest(string? Episode, int Runs, ulong Seed);
