using System.Globalization;
using System.Text.RegularExpressions;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Loading;

/// <summary>Reads <c>usgs_mcs_us_trade.csv</c>: U.S. net import reliance per year and import sources with shares.</summary>
/// <remarks>
/// Each row repeats its year's NIR beside one import source. A bound or mark is read from the optional <c>nir_value</c>
/// column when present, else from the note. The series an NIR measures is the optional <c>nir_series</c>
/// column, else the commodity text as written when it is an alias ("titanium sponge"), else the commodity. A bound or net-exporter mark is kept in <c>nir_note</c>
/// as "raw: &gt;50" and becomes a typed <see cref="NetImportReliance"/>. Shares of one (commodity, period, category)
/// may add to at most 102 % (USGS rounds each to a whole percent).
/// </remarks>
internal static partial class TradeReader
{
    public const double MaxShareSumPercent = 102;

    public static (List<NetImportRelianceFact> Nir, List<ImportSourceFact> Sources) Read(IEnumerable<CsvRow> rows, ReferenceData reference, SourceRegistry sources)
    {
        var nir = new List<NetImportRelianceFact>();
        var imports = StreamImportSources(rows, reference, sources, nir, checkKeys: true).ToList();
        return (nir, imports);
    }

    /// <summary>The import sources of <paramref name="rows"/>, one at a time; each NIR figure goes to
    /// <paramref name="nir"/> once, when first read (the rows repeat it beside every import source).</summary>
    /// <remarks>Held while reading: the NIR figures (one per commodity, series and year, to find a conflicting repeat)
    /// and one running share sum per (commodity, period, category); not the rows.</remarks>
    /// <param name="checkKeys">Report an import source the rows repeat (every key read is held); false when the store's
    /// unique index checks them instead (a streamed import).</param>
    public static IEnumerable<ImportSourceFact> StreamImportSources(IEnumerable<CsvRow> rows, ReferenceData reference, SourceRegistry sources,
        ICollection<NetImportRelianceFact> nir, bool checkKeys)
    {
        var importer = new Iso3("USA");
        var figures = new Dictionary<(string, string, int), (NetImportReliance Value, int Line)>();
        var sums = new Dictionary<(string, string, string?), (double Percent, CsvRow Last)>();
        var partnerKeys = checkKeys ? new Dictionary<(string, string, string, string), int>() : null;
        foreach (var row in rows)
        {
            var raw = row.Required("commodity");
            var commodity = row.Commodity("commodity", reference.Commodities);
            var series = row.Optional("nir_series")
                ?? (commodity is not null && !string.Equals(raw, commodity, StringComparison.OrdinalIgnoreCase) ? raw : commodity ?? raw);
            var year = row.RequiredYear("year");
            var pct = row.OptionalNumber("net_import_reliance_pct");
            var note = row.Optional("nir_note");
            var sourceId = sources.FromRow(row);
            var value = ReadNir(row, pct, note);
            if (commodity is null)
            {
                continue;
            }
            if (value is { } v)
            {
                if (figures.TryGetValue((commodity, series, year), out var existing))
                {
                    if (existing.Value != v)
                    {
                        row.Error("net_import_reliance_pct", $"conflicting NIR for {commodity} {year}: {v} here, "
                            + $"{existing.Value} on line {existing.Line}");
                    }
                }
                else
                {
                    figures[(commodity, series, year)] = (v, row.Line);
                    nir.Add(new NetImportRelianceFact(commodity, series, importer, year, v, note, sourceId));
                }
            }
            if (ReadImportSource(row, reference, commodity, series, partnerKeys) is not { } source)
            {
                continue;
            }
            var (partner, share, period, category) = source;
            var group = (commodity, period, category);
            sums[group] = (sums.GetValueOrDefault(group).Percent + share.Percent, row);
            yield return new ImportSourceFact(commodity, importer, partner, share, period, category, sourceId);
        }
        CheckShareSums(sums);
    }

    /// <summary>The row's NIR: the percentage (<paramref name="pct"/>), else the written bound or mark
    /// (<c>nir_value</c>), else the note's "raw:" mark; null when none is given or it does not parse
    /// (reported).</summary>
    private static NetImportReliance? ReadNir(CsvRow row, double? pct, string? note)
    {
        if (pct is { } p)
        {
            if (p > 100)
            {
                row.Error("net_import_reliance_pct",
                    $"expected a percentage between 0 and 100, got {p.ToString(CultureInfo.InvariantCulture)}");
                return null;
            }
            return NetImportReliance.Exact(p);
        }
        if (row.Optional("nir_value") is { } written)
        {
            if (NetImportReliance.TryParse(written, out var parsed))
            {
                return parsed;
            }
            row.Error("nir_value", $"expected a percentage, '>50', '<25', 'E', 'W' or 'NA', got '{written}'");
            return null;
        }
        if (note is not null && RawMark().Match(note) is { Success: true } m)
        {
            if (NetImportReliance.TryParse(m.Groups[1].Value, out var parsed))
            {
                return parsed;
            }
            row.Error("nir_note", $"expected 'raw: >50', '<25', 'E', 'W' or 'NA', got '{m.Value}'");
        }
        return null;
    }

    /// <summary>The row's import source (partner, share, period and category); null when the row has none or it is
    /// invalid or a repeat (reported, except a row without a partner).</summary>
    private static (Iso3 Partner, Share Share, string Period, string? Category)? ReadImportSource(CsvRow row,
        ReferenceData reference, string commodity, string series,
        Dictionary<(string, string, string, string), int>? partnerKeys)
    {
        var partnerText = row.Optional("iso3");
        if (partnerText is null)
        {
            return null;
        }
        var partner = row.ResolveCountry("iso3", partnerText, reference.Countries, "OTH");
        var share = row.OptionalPercentShare("import_share_pct");
        var period = row.Required("period");
        var category = series == commodity
            ? row.Optional("import_category")
            : string.Join(": ", new[] { series, row.Optional("import_category") }.OfType<string>());
        if (partner is null || share is null)
        {
            if (share is null && partner is not null && row.Optional("import_share_pct") is null)
            {
                row.Error("import_share_pct", "an import source needs its share in percent");
            }
            return null;
        }
        var key = (commodity, period, category ?? "", partner.Value.Code);
        if (partnerKeys is not null && !partnerKeys.TryAdd(key, row.Line))
        {
            row.Error("iso3", $"duplicate import source ({commodity}, {period}, {category}, {partner}); "
                + $"first on line {partnerKeys[key]}");
            return null;
        }
        if (reference.ImportCategories is { All.Count: > 0 } rules && rules.Find(commodity, category) is null)
        {
            row.Error("import_category", $"no rule for ({commodity}, {category ?? "(none)"}) in "
                + $"{ReferenceLoader.Folder}/{ImportCategoryReader.File}: add one naming the stage the category describes");
        }
        return (partner.Value, share.Value, period, category);
    }

    /// <summary>Reports, on the last row of each (commodity, period, category), import shares that add to over
    /// <see cref="MaxShareSumPercent"/>.</summary>
    private static void CheckShareSums(Dictionary<(string, string, string?), (double Percent, CsvRow Last)> sums)
    {
        foreach (var ((c, period, category), (sum, last)) in sums.Where(g => g.Value.Percent > MaxShareSumPercent))
        {
            last.Error("import_share_pct", $"import shares of ({c}, {period}, {category}) sum to "
                + $"{sum.ToString("0.#", CultureInfo.InvariantCulture)} %, expected at most 100 % (+2 rounding)");
        }
    }

    [GeneratedRegex(@"raw:\s*([<>]?\s*\d+(?:\.\d+)?|E|W|NA)\b")]
    private static partial Regex RawMark();
}
