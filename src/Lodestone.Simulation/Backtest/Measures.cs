namespace Lodestone.Simulation.Backtest;

/// <summary>Names of <see cref="Measure"/> values in files, JSON and the CLI.</summary>
public static class Measures
{
    /// <summary>Every measure, in the order reports list them.</summary>
    public static IReadOnlyList<Measure> All { get; } = [Measure.PriceRatio, Measure.ImportRatio, Measure.ConcernImportShare, Measure.ConcernImportTonnageShare,
        Measure.ConcernExportRatio, Measure.ConcernToImporterRatio];

    /// <summary>The snake_case name used in files, JSON and the CLI ("price_ratio").</summary>
    public static string Name(this Measure measure) => measure switch
    {
        Measure.PriceRatio => "price_ratio",
        Measure.ImportRatio => "import_ratio",
        Measure.ConcernImportShare => "concern_import_share",
        Measure.ConcernImportTonnageShare => "concern_import_tonnage_share",
        Measure.ConcernExportRatio => "concern_export_ratio",
        Measure.ConcernToImporterRatio => "concern_to_importer_ratio",
        _ => throw new ArgumentOutOfRangeException(nameof(measure)),
    };

    /// <summary>Whether the record is read from BACI (an HS6 code) rather than a USGS salient file.</summary>
    public static bool ReadsBaci(this Measure measure) =>
        measure is Measure.ConcernImportShare or Measure.ConcernImportTonnageShare or Measure.ConcernExportRatio or Measure.ConcernToImporterRatio;

    /// <summary>Whether the forecast is a value (quantity × price index), as BACI's records are, rather than a quantity or share.</summary>
    public static bool IsValue(this Measure measure) => measure is Measure.ConcernExportRatio or Measure.ConcernToImporterRatio;

    /// <summary>The measure named <paramref name="text"/> (exact case, as <see cref="Name"/> writes it); false for any other text.</summary>
    public static bool TryParse(string? text, out Measure measure)
    {
        foreach (var m in All)
        {
            if (string.Equals(m.Name(), text, StringComparison.Ordinal))
            {
                measure = m;
                return true;
            }
        }
        measure = default;
        return false;
    }
}
