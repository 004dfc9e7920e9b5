namespace Lodestone.Simulation.Backtest;

/// <summary>Names of <see cref="Measure"/> values in files, JSON and the CLI.</summary>
public static class Measures
{
    public static IReadOnlyList<Measure> All { get; } = [Measure.PriceRatio, Measure.ImportRatio, Measure.ConcernImportShare, Measure.ConcernImportTonnageShare];

    public static string Name(this Measure measure) => measure switch
    {
        Measure.PriceRatio => "price_ratio",
        Measure.ImportRatio => "import_ratio",
        Measure.ConcernImportShare => "concern_import_share",
        Measure.ConcernImportTonnageShare => "concern_import_tonnage_share",
        _ => throw new ArgumentOutOfRangeException(nameof(measure)),
    };

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
