namespace Lodestone.Data.Usgs;

/// <summary>A U.S. production figure from a salient file, used to fill a blank U.S. row of the world file.</summary>
/// <param name="Commodity">Canonical commodity.</param>
/// <param name="Series">World-file series the figure belongs to.</param>
/// <param name="Year">Calendar year.</param>
/// <param name="Value">The cell as published.</param>
/// <param name="Unit">Unit implied by the column suffix (_t metric tons, _kt thousand metric tons, _kg kilograms).</param>
/// <param name="File">Salient file name.</param>
/// <param name="Column">Column name.</param>
/// <param name="Line">Line in the salient file.</param>
/// <param name="SourceId">Source of the salient file.</param>
internal sealed record SalientUsProduction(string Commodity, string Series, int Year, SalientValue Value, string Unit, string File, string Column, int Line, string SourceId);
