namespace Lodestone.Simulation.Backtest;

/// <summary>A model quantity the backtest collects per run: one measure of one market over one calendar year.</summary>
/// <param name="Market">Index into the model's markets.</param>
/// <param name="FirstMonth">0-based month of the year's January.</param>
internal sealed record Probe(int Market, Measure Measure, int FirstMonth);
