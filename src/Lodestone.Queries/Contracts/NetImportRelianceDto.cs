namespace Lodestone.Queries.Contracts;

/// <summary>U.S.-style net import reliance, kept as published.</summary>
/// <param name="Value">As published: "80", "&gt;50", "&lt;25", "E" (net exporter), "W" (withheld), "NA".</param>
/// <param name="LowerPct">Lower end of the interval in percent; null when unknown.</param>
/// <param name="UpperPct">Upper end of the interval in percent; null when unknown.</param>
/// <param name="YearNote">In a view of an earlier data year, "2025 (after 2024)": a figure published for a later year, listed in the
/// series but not the view's (<c>Vintages</c>); null otherwise.</param>
public sealed record NetImportRelianceDto(string Importer, string Series, int Year, string Value, double? LowerPct, double? UpperPct, string? Note, string SourceId,
    string? YearNote = null);
