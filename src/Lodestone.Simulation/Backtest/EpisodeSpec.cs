namespace Lodestone.Simulation.Backtest;

/// <summary>One past export control replayed by the backtest.</summary>
/// <param name="Name">Short id ("antimony-2024-09").</param>
/// <param name="Title">What happened, with its dates.</param>
/// <param name="Scenario">The episode's scenario file (in the backtest folder): markets with the base year's inputs and the event.</param>
/// <param name="Controls">The export_controls.csv ids the episode replays.</param>
/// <param name="BaseYear">The last full year before the announcement: the inputs are of this year, the simulation starts on 1 January after it.</param>
/// <param name="Observations">The recorded outcomes, one per market, measure and year.</param>
public sealed record EpisodeSpec(
    string Name,
    string Title,
    EpisodeRole Role,
    string Scenario,
    IReadOnlyList<string> Controls,
    int BaseYear,
    IReadOnlyList<ObservationSpec> Observations,
    long Line)
{
    /// <summary>The last calendar year any observation reaches: the simulation runs to its December.</summary>
    public int LastYear => Observations.Max(o => o.Year);
}
