using Lodestone.Domain.Model;

namespace Lodestone.Domain.Trade;

/// <summary>One HS6 code of an <see cref="ExportSeries"/>: values by year and exporter, and by year, importer and
/// exporter.</summary>
/// <remarks>Rows are added in the order given, so each total sums its values in that order (the
/// same figures, to the bit, as when every code's tables were made at once).</remarks>
internal sealed class ExportSeriesCode
{
    private readonly Dictionary<int, Dictionary<Iso3, double>> _values = [];
    private readonly Dictionary<(int Year, Iso3 Importer), Dictionary<Iso3, double>> _imports = [];

    public ExportSeriesCode(IEnumerable<ExportSeriesRow> rows)
    {
        foreach (var (year, exporter, importer, value) in rows)
        {
            Add(_values, year, exporter, value);
            if (importer is { } to)
            {
                Add(_imports, (year, to), exporter, value);
            }
        }
    }

    private static void Add<TKey>(Dictionary<TKey, Dictionary<Iso3, double>> table, TKey key, Iso3 exporter,
        double value)
        where TKey : notnull
    {
        if (!table.TryGetValue(key, out var byExporter))
        {
            table[key] = byExporter = [];
        }
        byExporter[exporter] = byExporter.GetValueOrDefault(exporter) + value;
    }

    public List<int> Years() => _values.Keys.Order().ToList();

    public (double Exporter, double Recorded)? Exports(int year, Iso3 exporter) =>
        _values.TryGetValue(year, out var byExporter) ? Of(byExporter, exporter) : null;

    public (double Exporter, double Recorded)? Imports(int year, Iso3 importer, Iso3 exporter) =>
        _imports.TryGetValue((year, importer), out var byExporter) ? Of(byExporter, exporter) : null;

    /// <summary>The exporter's value and the sum of every exporter's, in the order the rows came.</summary>
    private static (double Exporter, double Recorded) Of(Dictionary<Iso3, double> byExporter, Iso3 exporter) =>
        (byExporter.GetValueOrDefault(exporter), byExporter.Values.Sum());
}
