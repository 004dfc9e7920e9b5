namespace Lodestone.Simulation.Scenarios;

/// <summary>The importer's base-year demand: a USGS salient-statistics cell (file, column, year) or a declared value.</summary>
/// <param name="SalientFile">File under data/usgs/salient, e.g. "mcs2025-galli_salient.csv".</param>
/// <param name="SalientColumn">Apparent-consumption column, e.g. "Consump_kg".</param>
/// <param name="Value">A declared value when no salient cell is used.</param>
public sealed record DemandSpec(string? SalientFile, string? SalientColumn, int? Year, ParameterSpec? Value, string Unit, long Line);
