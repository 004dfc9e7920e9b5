using Lodestone.Domain.Model;

namespace Lodestone.Domain.Trade;

/// <summary>Export values per HS6 code, year and exporter (and per importer where the row names a known one), from BACI's
/// top-partner series (2002–2024 in the shipped data).</summary>
/// <remarks>
/// The series keeps only each country's top 6 partners per side (95–100 % of value; data/trade/README.md), so a share computed
/// here is a share of the <b>recorded</b> flows, not of all world exports, and is labelled so wherever it is shown. It has no
/// tonnes. Values are current USD.
/// </remarks>
public sealed class ExportSeries
{
    // The rows of each code, in file order; a code's tables are made when it is first asked for (a trade view asks for one
    // commodity's codes, and the 77,000 importer tables of every code cost more than the read).
    private readonly Dictionary<string, Lazy<ExportSeriesCode>> _codes = new(StringComparer.Ordinal);

    /// <param name="points">One value per (code, year, exporter, importer) row; rows of the same exporter are summed.</param>
    /// <param name="sourceId">The source every value cites.</param>
    public ExportSeries(IEnumerable<(string Hs6, int Year, Iso3 Exporter, double ValueUsd)> points, string sourceId)
        : this(points.Select(p => (p.Hs6, p.Year, p.Exporter, (Iso3?)null, p.ValueUsd)), sourceId)
    {
    }

    /// <param name="points">One value per row; <c>Importer</c> null when the row's importer is not a known country (the value
    /// still counts in the exporter's total).</param>
    /// <param name="sourceId">The source every value cites.</param>
    public ExportSeries(IEnumerable<(string Hs6, int Year, Iso3 Exporter, Iso3? Importer, double ValueUsd)> points, string sourceId)
    {
        SourceId = sourceId;
        var rows = new Dictionary<string, List<ExportSeriesRow>>(StringComparer.Ordinal);
        foreach (var (hs6, year, exporter, importer, value) in points)
        {
            if (!rows.TryGetValue(hs6, out var list))
            {
                rows[hs6] = list = [];
            }
            list.Add(new ExportSeriesRow(year, exporter, importer, value));
        }
        foreach (var (hs6, list) in rows)
        {
            _codes[hs6] = new Lazy<ExportSeriesCode>(() => new ExportSeriesCode(list));
        }
    }

    private ExportSeriesCode? Code(string hs6) => _codes.TryGetValue(hs6, out var code) ? code.Value : null;

    /// <summary>Recorded imports of <paramref name="hs6"/> by <paramref name="importer"/> in <paramref name="year"/>: from
    /// <paramref name="exporter"/> and from every exporter (current USD); null when the year records none.</summary>
    /// <remarks>The importer's own top 6 partners are always kept, so the total covers 95–100 % of its imports of the code.</remarks>
    public (double Exporter, double Recorded)? Imports(string hs6, int year, Iso3 importer, Iso3 exporter) =>
        Code(hs6)?.Imports(year, importer, exporter);

    /// <summary>An empty series (a data directory without the file).</summary>
    public static ExportSeries Empty { get; } = new(Array.Empty<(string, int, Iso3, double)>(), "");

    /// <summary>Id of the source the values come from; "" for <see cref="Empty"/>.</summary>
    public string SourceId { get; }

    /// <summary>Years with values for <paramref name="hs6"/>, ascending.</summary>
    public IReadOnlyList<int> Years(string hs6) => Code(hs6)?.Years() ?? [];

    /// <summary>Recorded exports of <paramref name="hs6"/> in <paramref name="year"/> by <paramref name="exporter"/> and by every exporter; null when the year has none.</summary>
    public (double Exporter, double Recorded)? Exports(string hs6, int year, Iso3 exporter) => Code(hs6)?.Exports(year, exporter);
}
