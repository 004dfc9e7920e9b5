namespace Lodestone.Data.Usgs;

/// <summary>A world-file series deliberately not imported, with the reason from <c>usgs_series.csv</c>.</summary>
public sealed record UsgsSkippedSeries(string UsgsCommodity, string UsgsType, int Rows, string Reason);
