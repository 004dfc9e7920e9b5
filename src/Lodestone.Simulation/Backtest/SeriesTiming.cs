namespace Lodestone.Simulation.Backtest;

/// <summary>When a series (one measure of one market over an episode's years) first moved, in the forecast and in the record, at annual
/// resolution.</summary>
/// <param name="ModelMoves">First year the median left "flat" against the base year, or null if it never did.</param>
/// <param name="RecordMoves">First year the record left "flat", or null if it never did.</param>
/// <param name="Verdict">same_year, model_earlier, model_later, model_never, record_never or neither (neither moved).</param>
public sealed record SeriesTiming(string Market, string Measure, IReadOnlyList<int> Years, int? ModelMoves, int? RecordMoves, string Verdict)
{
    /// <summary>The forecast's timing agrees with the record's: the same first year, or no move in either.</summary>
    public bool Matches => Verdict is "same_year" or "neither";
}
