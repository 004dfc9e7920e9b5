using Lodestone.Data.Loading;
using Lodestone.Data.Storage;

namespace Lodestone.Data.Exchange;

/// <summary>The tables views read from the data directory rather than the store, exported beside the store's tables.</summary>
/// <remarks>
/// The reference catalogues and rules (<c>reference/*.csv</c>: commodities, countries and groups, sources, HS codes, series rules,
/// import categories, agreement types, USGS mappings, leaders), the companion tables (governance, ownership, transit routes, published EU CRM
/// results), the tracked claims, BACI's supplier-share series and the USGS salient files. Each is exported as
/// the file holds it: one text column per header column, an empty cell as NULL. They are not stored, so an import checks them
/// against the importing store's data directory instead of writing them.
/// </remarks>
internal static class DataFileTables
{
    /// <summary>The data files, relative to the data directory with '/' separators, that exist in <paramref name="dataDirectory"/>.</summary>
    public static IReadOnlyList<string> In(string dataDirectory)
    {
        var named = new[]
        {
            FactFiles.Governance, FactFiles.Ownership, FactFiles.TransitRoutes, FactFiles.PublishedRisk, "claims.csv",
            TradeFlowReader.Folder + "/" + ExportSeriesReader.File,
        };
        var globbed = new[] { ReferenceLoader.Folder, "usgs/salient" }.SelectMany(folder =>
            Directory.Exists(Path.Combine(dataDirectory, folder))
                ? Directory.GetFiles(Path.Combine(dataDirectory, folder), "*.csv").Select(f => folder + "/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)
                : Enumerable.Empty<string>());
        return [.. named.Where(f => File.Exists(Path.Combine(dataDirectory, f))), .. globbed];
    }

    /// <summary>The table name of a data file: its relative path without <c>.csv</c> ("reference/commodities").</summary>
    public static string TableName(string relativePath) => relativePath[..^".csv".Length];

    /// <summary>Reads a data file as a table of text columns (header order), an empty cell as null.</summary>
    /// <remarks>
    /// Read by position, as the file holds it: a column named twice in the header (the USGS salient files repeat <c>Price_dt</c>)
    /// is named <c>Price_dt_2</c> the second time, an unnamed one <c>column_N</c> (its position); a row shorter than the header has
    /// nulls at the end; a row of blank cells is padding and skipped, as the loaders skip it.
    /// </remarks>
    /// <exception cref="Domain.Errors.DataValidationException">Malformed CSV, or a row longer than the header.</exception>
    public static (IReadOnlyList<Column> Columns, IReadOnlyList<(int Line, object?[] Row)> Rows) Read(string dataDirectory, string relativePath)
    {
        using var reader = new StreamReader(Path.Combine(dataDirectory, relativePath), new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true));
        var config = new CsvHelper.Configuration.CsvConfiguration(System.Globalization.CultureInfo.InvariantCulture) { DetectColumnCountChanges = false };
        using var parser = new CsvHelper.CsvParser(reader, config);
        var rows = new List<(int, object?[])>();
        try
        {
            if (!parser.Read() || parser.Record is not { } header)
            {
                return ([], rows);
            }
            var columns = Names(header).Select(h => new Column(h, ColumnType.Text, Nullable: true)).ToList();
            while (parser.Read())
            {
                var record = parser.Record ?? [];
                if (record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }
                if (record.Length > columns.Count)
                {
                    throw ExportIssue.At(relativePath, parser.RawRow, null, $"{record.Length} fields, the header has {columns.Count}");
                }
                rows.Add((parser.RawRow, columns.Select((_, i) => i < record.Length && record[i].Length > 0 ? (object?)record[i] : null).ToArray()));
            }
            return (columns, rows);
        }
        catch (Exception e) when (e is CsvHelper.CsvHelperException or System.Text.DecoderFallbackException)
        {
            throw ExportIssue.At(relativePath, parser.RawRow, null, "malformed CSV: " + e.Message.Split('\n')[0]);
        }
    }

    private static IEnumerable<string> Names(string[] header)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var position = 0;
        foreach (var raw in header)
        {
            position++;
            var trimmed = raw.Trim().TrimStart('\uFEFF');
            var name = trimmed.Length > 0 ? trimmed : "column_" + position.ToString(System.Globalization.CultureInfo.InvariantCulture);
            seen[name] = seen.GetValueOrDefault(name) + 1;
            yield return seen[name] == 1 ? name : name + "_" + seen[name].ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
