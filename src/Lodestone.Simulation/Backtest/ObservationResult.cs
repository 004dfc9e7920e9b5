namespace Lodestone.Simulation.Backtest;

/// <summary>One recorded outcome against its forecast.</summary>
/// <param name="Measure">A <see cref="Backtest.Measure"/> name: price_ratio, import_ratio, concern_import_share, …</param>
/// <param name="Observed">The recorded value (a ratio to the base year, or a share 0–1).</param>
/// <param name="Reference">Its base-year value: 1 for a ratio, the base-year share for a share (directions are judged against it);
/// null when the data hold none (a tonnage share), and then both directions are null.</param>
/// <param name="Detail">The figures read (cells or flows).</param>
/// <param name="Source">Citation of the figures.</param>
/// <param name="Note">What the record can and cannot show.</param>
/// <param name="PredictedChange">Size of the forecast move: P50 − reference (ratio or share points); null without a reference.</param>
/// <param name="ObservedChange">Size of the recorded move: recorded − reference; null without a reference.</param>
/// <param name="Percentile">Where the recorded value falls in the forecast distribution, 0–100.</param>
public sealed record ObservationResult(
    string Market,
    string Measure,
    int Year,
    double Observed,
    double? Reference,
    double P5,
    double P50,
    double P95,
    double Percentile,
    bool InsideBand,
    double AbsoluteError,
    string? PredictedDirection,
    string? ObservedDirection,
    double? PredictedChange,
    double? ObservedChange,
    string Detail,
    string Source,
    string Note);
