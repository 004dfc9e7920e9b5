namespace Lodestone.Simulation.Backtest;

/// <summary>One episode replayed: the model it ran and each outcome against its forecast.</summary>
/// <param name="Role">calibration (in-sample) or held_out (out-of-sample).</param>
/// <param name="Start">First simulated month (January after the base year).</param>
/// <param name="Calibrated">The calibrated parameter's value the episode's events ran with.</param>
/// <param name="Timings">Per series of the episode, when the forecast and the record first moved.</param>
/// <param name="Assumptions">Every parameter of the episode's model that rests on an assumption, "name: reason".</param>
public sealed record EpisodeResult(
    string Name,
    string Title,
    EpisodeRole Role,
    IReadOnlyList<string> Controls,
    int BaseYear,
    string Start,
    int Horizon,
    string Scenario,
    double Calibrated,
    IReadOnlyList<ObservationResult> Observations,
    IReadOnlyList<SeriesTiming> Timings,
    BacktestSummary Summary,
    IReadOnlyList<string> Assumptions);
