namespace Lodestone.Simulation.Backtest;

/// <summary>One recorded outcome of an episode: a measure of one market in one calendar year, and where the record is.</summary>
/// <param name="Market">"commodity/stage" of a market the episode's scenario declares.</param>
/// <param name="SalientFile">USGS salient file (price and import measures), else null.</param>
/// <param name="SalientColumns">Columns summed for the year and for the base year (one for a price).</param>
/// <param name="Hs6">BACI HS6 code (the concern import share), else null.</param>
/// <param name="Note">What the record can and cannot show.</param>
/// <param name="Line">Line in the episodes file.</param>
public sealed record ObservationSpec(
    string Market,
    Measure Measure,
    int Year,
    string? SalientFile,
    IReadOnlyList<string> SalientColumns,
    string? Hs6,
    string Note,
    long Line);
