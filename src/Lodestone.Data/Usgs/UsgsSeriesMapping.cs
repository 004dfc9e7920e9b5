using Lodestone.Domain.Model;

namespace Lodestone.Data.Usgs;

/// <summary>One row of <c>data/reference/usgs_series.csv</c>: what a (COMMODITY, TYPE) series of the world file becomes.</summary>
/// <param name="UsgsCommodity">COMMODITY as published, trimmed ("Gemanium", "Platinum-Group metals").</param>
/// <param name="UsgsType">TYPE as published, trimmed.</param>
/// <param name="Skip">True when the series is deliberately not imported; <paramref name="Reason"/> says why.</param>
/// <param name="Commodity">Canonical commodity from the catalogue (empty when skipped).</param>
/// <param name="Stage">Supply-chain stage of the production and capacity figures.</param>
/// <param name="Series">Series name, matching the names the curated loader produces ("natural graphite", "ferrosilicon").</param>
/// <param name="Columns">Figure columns imported.</param>
/// <param name="Unit">Unit that replaces UNIT_MEAS for production and capacity (a documented correction), or null to keep it.</param>
/// <param name="ReservesUnit">Unit of the reserves column when it differs from the production unit, or null.</param>
/// <param name="ReservesCommodity">Commodity the reserves belong to when it differs ("platinum-group metals"), or null.</param>
/// <param name="Reason">Why a series is skipped, corrected or split; carried into notes.</param>
/// <param name="Line">Line of the mapping row, for error messages.</param>
internal sealed record UsgsSeriesMapping(
    string UsgsCommodity,
    string UsgsType,
    bool Skip,
    string Commodity,
    Stage Stage,
    string Series,
    UsgsColumns Columns,
    string? Unit,
    string? ReservesUnit,
    string? ReservesCommodity,
    string? Reason,
    int Line);
