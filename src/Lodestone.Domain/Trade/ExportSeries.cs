using Lodestone.Domain.Model;

namespace Lodestone.Domain.Trade;

/// <summary>Export values per HS6 code, year and exporter, from BACI's top-partner series (2002–2024 in the shipped data).</summary>
/// <remarks>
/// The series keeps only each country's top 6 partners per side (95–100 % of value; data/trade/README.md), so a share computed
/// here is a share of the <b>recorded</b> flows, not of all world exports, and is labelled so wherever it is shown. It has no
/// tonnes. Values are current USD.
/// </remarks>
public sealed class ExportSeries
{
    private readonly Dictionary<(string Hs6, int Year), Dictionary<Iso3, double>> _values = [];

    /// <param name="points">One value per (code, year, exporter, importer) row; rows of the same exporter are summed.</param>
    /// <param name="sourceId">The source every value cites.</param>
    public ExportSeries(IEnumerable<(string Hs6, int Year, Iso3 Exporter, double ValueUsd)> points, string sourceId)
    {
        SourceId = sourceId;
        foreach (var (hs6, year, exporter, value) in points)
        {
            if (!_values.TryGetValue((hs6, year), out var byExporter))
            {
                _values[(hs6, year)] = byExporter = [];
            }
            byExporter[exporter] = byExporter.GetValueOrDefault(exporter) + value;
        }
    }

    /// <summary>An empty series (a data directory without the file).</summary>
    public static ExportSeries Empty { get; } = new([], "");

    public string SourceId { get; }

    /// <summary>Years with values for <paramref name="hs6"/>, ascending.</summary>
    public IReadOnlyList<int> Years(string hs6) => _values.Keys.Where(k => k.Hs6 == hs6).Select(k => k.Year).Order().ToList();

    /// <summary>Recorded exports of <paramref name="hs6"/> in <paramref name="year"/> by <paramref name="exporter"/> and by every exporter; null when the year has none.</summary>
    public (double Exporter, double Recorded)? Exports(string hs6, int year, Iso3 exporter) =>
        _values.TryGetValue((hs6, year), out var byExporter) ? (byExporter.GetValueOrDefault(exporter), byExporter.Values.Sum()) : null;
}
