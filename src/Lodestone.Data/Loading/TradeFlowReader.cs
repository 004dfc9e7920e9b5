using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;

namespace Lodestone.Data.Loading;

/// <summary>Reads bilateral flows in the ISO3 matrix form shipped in <c>data/trade/</c> (one CEPII BACI flow per row).</summary>
/// <remarks>
/// Columns: year, exporter, exporter_name, importer, importer_name, hs6, material, value_usd, qty_t. Value is in USD
/// (already converted from BACI's thousands); a blank quantity is missing, never zero. BACI's own code for Taiwan
/// ("Other Asia, nes", S19 in this form, 490 in raw files) is read as TWN.
/// </remarks>
internal static class TradeFlowReader
{
    public const string Folder = "trade";

    public static readonly string[] Columns =
        ["year", "exporter", "exporter_name", "importer", "importer_name", "hs6", "material", "value_usd", "qty_t"];

    /// <summary>BACI country codes that are not ISO 3166-1 alpha-3, with the ISO code they stand for.</summary>
    public static readonly IReadOnlyDictionary<string, string> BaciCodes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["S19"] = "TWN",
    };

    /// <summary>The matrix files of a data directory's <c>trade/</c> folder: CSVs whose header is the ISO3 matrix form.</summary>
    public static IReadOnlyList<string> MatrixFiles(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, Folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }
        return Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal).Where(IsMatrix).ToList();
    }

    private static bool IsMatrix(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine();
        return header is not null && header.Trim().Split(',').SequenceEqual(Columns, StringComparer.Ordinal);
    }

    /// <summary>Columns an exported <c>trade_flows.csv</c> adds, so a re-import gives back the same flows: the HS revision and the cited source.</summary>
    public static readonly string[] ExportColumns = ["nomenclature", "source_id", "source", "source_publisher", "source_url", "source_date", "read_via"];

    /// <param name="sourceId">The source of every row, unless the file has a <c>source_id</c> column (an export).</param>
    /// <param name="nomenclature">The HS revision of every row, unless the file has a <c>nomenclature</c> column.</param>
    /// <param name="sources">Where the sources named by a <c>source_id</c> column are registered (known ids are kept as they are).</param>
    public static List<TradeFlow> Read(IEnumerable<CsvRow> rows, ReferenceData reference, string sourceId, string? nomenclature = null,
        SourceRegistry? sources = null)
    {
        var result = new List<TradeFlow>();
        var keys = new Dictionary<(int, string, string, string), int>();
        foreach (var row in rows)
        {
            if (ReadRow(row, reference, sourceId, nomenclature, sources) is not { } flow)
            {
                continue;
            }
            if (keys.TryGetValue((flow.Year, flow.Exporter.Code, flow.Importer.Code, flow.Hs6), out var first))
            {
                row.Error("hs6", $"duplicate flow ({flow.Year}, {flow.Exporter.Code} -> {flow.Importer.Code}, {flow.Hs6}); first on line {first}");
                continue;
            }
            keys[(flow.Year, flow.Exporter.Code, flow.Importer.Code, flow.Hs6)] = row.Line;
            result.Add(flow);
        }
        return result;
    }

    /// <summary>One row as a flow, or null (with the problem logged on the row) when it is not valid. Duplicates are the caller's business.</summary>
    public static TradeFlow? ReadRow(CsvRow row, ReferenceData reference, string sourceId, string? nomenclature = null, SourceRegistry? sources = null)
    {
        var year = row.RequiredYear("year");
        var exporter = Country(row, "exporter", reference.Countries);
        var importer = Country(row, "importer", reference.Countries);
        var hs6 = row.Required("hs6");
        if (hs6.Length > 0 && (hs6.Length != 6 || !hs6.All(char.IsAsciiDigit)))
        {
            row.Error("hs6", $"expected six digits such as 811292, got '{hs6}'");
            return null;
        }
        var value = row.OptionalNumber("value_usd");
        if (value is null)
        {
            row.Error("value_usd", "a value in USD is required");
        }
        var tonnes = row.OptionalNumber("qty_t");
        if (exporter is not { } e || importer is not { } i || value is not { } v || hs6.Length == 0)
        {
            return null;
        }
        var cited = CitedSource(row, reference, sources) ?? sourceId;
        if (cited.Length == 0)
        {
            row.Error("source_id", "a source id is required (the BACI release the flow comes from)");
            return null;
        }
        return new TradeFlow(year, e, i, hs6, v, tonnes, cited, row.Optional("nomenclature") ?? nomenclature);
    }

    /// <summary>The row's own source (an exported file names it by id with its citation), or null when the file has none.</summary>
    private static string? CitedSource(CsvRow row, ReferenceData reference, SourceRegistry? sources)
    {
        if (row.Optional("source_id") is not { } id)
        {
            return null;
        }
        if (sources is null)
        {
            return id;
        }
        // A source of reference/sources.csv (the shipped BACI release) is cited as it is there; any other is rebuilt from the row.
        if (reference.Sources.FirstOrDefault(s => s.Id == id) is { } known)
        {
            sources.Register(known);
        }
        else
        {
            var title = row.Optional("source");
            if (title is null)
            {
                row.Error("source", $"source '{id}' is not in reference/sources.csv, so its title is required");
                return id;
            }
            sources.Register(new Source(id, title, row.Optional("source_publisher"), row.Optional("source_url"), row.OptionalDate("source_date"),
                row.Optional("read_via")));
        }
        return id;
    }

    private static Iso3? Country(CsvRow row, string column, CountryCatalog countries)
    {
        var text = row.Required(column);
        return text.Length == 0 ? null : row.ResolveCountry(column, BaciCodes.GetValueOrDefault(text, text), countries);
    }
}
