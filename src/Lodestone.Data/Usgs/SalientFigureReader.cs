using Lodestone.Data.Loading;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;

namespace Lodestone.Data.Usgs;

/// <summary>Reads the annual prices, stocks, government stockpile shipments and secondary production of the USGS salient files (<c>data/usgs/salient/mcs2025-*_salient.csv</c>) that
/// <c>data/reference/usgs_salient_prices.csv</c> maps: commodity, series, unit (in words, since some column suffixes misstate it).</summary>
/// <remarks>
/// Every mapped column must exist; every cell must be a salient value (number, W, NA, …). A cell without a number is kept with
/// its mark (missing is never zero). The edition's last year is flagged as an estimate. Every figure cites the release's source
/// for its file (<see cref="UsgsRelease.SourceFor"/>), the same citation the importer gives NIR and production. Problems are thrown
/// as file:line:field, all at once.
/// </remarks>
internal static class SalientFigureReader
{
    public const string MappingFile = "usgs_salient_prices.csv";

    private static readonly string[] Columns = ["file", "column", "measure", "commodity", "series", "unit", "note"];

    public static SalientFigureTable Load(string dataDirectory, ReferenceData reference)
    {
        var folder = Path.Combine(dataDirectory, ReferenceLoader.Folder);
        var mappingPath = Path.Combine(folder, MappingFile);
        var salient = Path.Combine(dataDirectory, DatasetLoader.UsgsFolder, "salient");
        if (!File.Exists(mappingPath) || !Directory.Exists(salient))
        {
            return SalientFigureTable.Empty;
        }
        var issues = new IssueLog();
        var mappings = UsgsMappings.Load(folder, reference, issues);
        issues.ThrowIfAny();
        var rows = CsvFile.Read(mappingPath, ReferenceLoader.Folder + "/" + MappingFile, issues, Columns);
        var figures = new List<SalientFigure>();
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        var tables = new Dictionary<string, (UsgsTable, UsgsRelease)?>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var code = row.Required("file");
            var column = row.Required("column");
            var measure = row.Required("measure");
            var kind = SalientFigureKinds.FromMeasure(measure) ?? Unknown(row, measure);
            var commodity = row.Commodity("commodity", reference.Commodities);
            var series = row.Required("series");
            var unit = row.Required("unit");
            var loaded = Table(tables, row, code, salient, mappings, issues);
            if (loaded is not { } file || kind is null || commodity is null)
            {
                continue;
            }
            var index = file.Table.IndexOf(column);
            var yearColumn = file.Table.IndexOf("Year");
            if (index < 0 || yearColumn < 0)
            {
                row.Error("column", $"no column '{column}' (or no Year column) in {file.Table.File}");
                continue;
            }
            var source = file.Release.SourceFor(file.Table.File);
            sources.TryAdd(source.Id, source);
            foreach (var cells in file.Table.Rows)
            {
                if (ReadCell(file.Table, cells, yearColumn, index, column, issues) is not { } cell)
                {
                    continue;
                }
                var (year, value) = cell;
                var number = value.Kind == SalientValueKind.Number ? value.Number : null;
                var missing = number is not null ? null
                    : value.Kind == SalientValueKind.Blank ? "blank" : value.ToString();
                figures.Add(new SalientFigure(commodity, kind.Value, series, unit, year, number, missing,
                    year == file.Release.Year - 1, row.Optional("note"), file.Table.File, column, source.Id));
            }
        }
        issues.ThrowIfAny();
        return new SalientFigureTable(figures, sources);
    }

    /// <summary>The salient file of <paramref name="code"/> with its release, read once per code; null (reported on
    /// <paramref name="row"/>) when there is none of a known edition.</summary>
    private static (UsgsTable Table, UsgsRelease Release)? Table(Dictionary<string, (UsgsTable, UsgsRelease)?> tables,
        CsvRow row, string code, string salient, UsgsMappings mappings, IssueLog issues)
    {
        if (!tables.TryGetValue(code, out var loaded))
        {
            loaded = Open(salient, code, mappings, issues);
            tables[code] = loaded;
        }
        if (loaded is null)
        {
            row.Error("file", $"no salient file mcs<year>-{code}_salient.csv of a known edition in {DatasetLoader.UsgsFolder}/salient");
        }
        return loaded;
    }

    /// <summary>A row's year and its value in the <paramref name="index"/> column; null (reported) when either does
    /// not parse.</summary>
    private static (int Year, SalientValue Value)? ReadCell(UsgsTable table, UsgsTableRow cells, int yearColumn,
        int index, string column, IssueLog issues)
    {
        if (!int.TryParse(cells.Cell(yearColumn), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var year))
        {
            issues.Add(table.File, cells.Line, "Year", $"expected a four-digit year, got '{cells.Cell(yearColumn)}'");
            return null;
        }
        if (!SalientValue.TryParse(cells.Cells.Count > index ? cells.Cells[index] : "", out var value))
        {
            issues.Add(table.File, cells.Line, column, $"expected {SalientValue.Expected}, got '{cells.Cell(index)}'");
            return null;
        }
        return (year, value);
    }

    private static (UsgsTable Table, UsgsRelease Release)? Open(string salient, string code, UsgsMappings mappings, IssueLog issues)
    {
        var path = Directory.GetFiles(salient, $"mcs*-{code}_salient.csv").Order(StringComparer.Ordinal).LastOrDefault();
        if (path is null || SalientReader.EditionOf(path) is not { } edition || mappings.FindRelease(edition) is not { } release)
        {
            return null;
        }
        return (UsgsCsv.Read(path, Path.GetFileName(path), issues), release);
    }

    private static SalientFigureKind? Unknown(CsvRow row, string measure)
    {
        row.Error("measure", $"expected one of {string.Join(", ", SalientFigureKinds.All.Select(k => k.Measure))}, got '{measure}'");
        return null;
    }
}
