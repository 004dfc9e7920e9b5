using Lodestone.Data.Exchange;
using Lodestone.Data.Loading;
using Lodestone.Data.Storage;
using Lodestone.Data.Tests.Storage;
using Lodestone.Domain.Errors;
using Lodestone.Testing;
using Xunit.Abstractions;

namespace Lodestone.Data.Tests.Exchange;

/// <summary>Export and re-import of a whole store, on every backend: subclasses only say how to get a fresh, empty store.</summary>
public abstract class StoreExchangeSuite(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _temp = new();

    protected ITestOutputHelper Output { get; } = output;

    protected string TempPath => _temp.Path;

    /// <summary>A new, empty, unmigrated store; where this backend is not available here the test is skipped, saying why.</summary>
    protected abstract Task<SqlKnowledgeStore> NewStoreAsync();

    /// <summary>News rows written for these tests: every news table, texts a spreadsheet would execute, an empty text beside a NULL.</summary>
    private static readonly Dictionary<string, object?[][]> NewsRows = new(StringComparer.Ordinal)
    {
        ["news_articles"] =
        [
            [1L, "file:///corpus/a.html", null, "https://example.org/a", "hash-a", "=HYPERLINK(\"http://x\")", "2025-10-09",
                "Body with \"quotes\", commas,\nand a second line", "2026-12-03T10:00:00Z"],
            [7L, "file:///corpus/b.html", "https://example.org/b", null, "hash-b", null, null, "'already quoted", "2026-12-03T10:00:01Z"],
        ],
        ["news_events"] = [[1L, "export_control", "2025-10", "[\"CHN\"]", "[\"gallium\"]", "[]", "[\"MOFCOM\"]", "1.5", "USD", "+1 summary", "[]"]],
        ["news_event_sources"] = [[1L, 1L, "-evidence at the start", null], [1L, 7L, "@mention", "{\"date\":[0,4]}"]],
        ["news_claims"] = [[3L, 7L, null, "\ttab first", 18, "2027-04", 0, 12]],
        ["news_proposals"] = [[1L, 1L, "export_control", "accepted", "{}", "2026-12-01T00:00:00Z", ""]],
        ["news_change_log"] = [[1L, 1L, 1L, "export_control", "{\"id\":\"NEWS-1\"}", "[\"news-1\"]", "\r2026-12-02"]],
    };

    private async Task<SqlKnowledgeStore> MigratedStoreAsync()
    {
        var store = await NewStoreAsync();
        await store.MigrateAsync();
        return store;
    }

    /// <summary>The default dataset plus <see cref="NewsRows"/>.</summary>
    private async Task<SqlKnowledgeStore> SourceStoreAsync()
    {
        var store = await MigratedStoreAsync();
        await store.ReplaceAllAsync(FactSet.FromDataset(DefaultData.Dataset));
        var tables = new List<(RawTable, IAsyncEnumerable<object?[]>)>();
        await store.ReadRawAsync(RawTables.All, async (table, rows) =>
        {
            var list = await rows.ToListAsync();
            list.AddRange(NewsRows.GetValueOrDefault(table.Name) ?? []);
            tables.Add((table, list.ToAsyncEnumerable()));
        });
        await store.ReplaceRawAsync(tables);
        return store;
    }

    private string Folder(string name) => Path.Combine(_temp.Path, name);

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Parquet)]
    public async Task ExportThenImport_IntoFreshStore_GivesEqualTablesRowForRow(ExportFormat format)
    {
        // Given the default dataset and a row in every news table, exported
        var source = await SourceStoreAsync();
        var expected = await StoreTablesText.OfAsync(source);
        var folder = Folder("export-" + format);
        var manifest = await StoreExporter.ExportAsync(source, folder, format);

        // When the export is imported into a fresh store
        var target = await MigratedStoreAsync();
        var counts = await StoreImporter.ImportAsync(target!, folder);

        // Then every store table holds the same rows, as text, in the same order; the snapshot a view reads is the same too
        StoreTablesText.AssertEqual(expected, await StoreTablesText.OfAsync(target!));
        Assert.Equal(2, counts["news_articles"]);
        Assert.Equal(DefaultData.Dataset.Production.Count, counts["production"]);
        Assert.Equal(RawTables.All.Select(t => t.Name), manifest.Tables.Where(t => t.Stored).Select(t => t.Name));
        Assert.Contains(manifest.Tables, t => t is { Name: "governance_wgi", Stored: false, Rows: > 0 });
        FactSnapshot.Of(await source.LoadAsync()).AssertEqual(FactSnapshot.Of(await target!.LoadAsync()));
    }

    [Fact]
    public async Task ExportCsv_TextAFormulaCouldStartWith_IsWrittenWithAnApostrophe()
    {
        var source = await SourceStoreAsync();

        await StoreExporter.ExportAsync(source, Folder("csv"), ExportFormat.Csv);

        // The article title "=HYPERLINK(...)" and claim text "\ttab first" are written after a ', the empty decided_at as a lone '
        var articles = File.ReadAllText(Path.Combine(Folder("csv"), "news_articles.csv"));
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", articles, StringComparison.Ordinal);
        Assert.Contains(",''already quoted,", articles, StringComparison.Ordinal);
        Assert.Contains("'\ttab first", File.ReadAllText(Path.Combine(Folder("csv"), "news_claims.csv")), StringComparison.Ordinal);
        Assert.EndsWith(",'", File.ReadAllLines(Path.Combine(Folder("csv"), "news_proposals.csv"))[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateAsync_NewStore_HasEveryRawTableWithItsColumns()
    {
        var store = await MigratedStoreAsync();
        foreach (var table in RawTables.All)
        {
            Assert.Equal(table.Columns.Select(c => c.Name), await store.ColumnNamesAsync(table.Name));
        }
    }

    /// <summary>A damage to one file of a CSV export (line 3: the second data row) and where the import must say it is.</summary>
    public static TheoryData<string, string, int, string?, string> Damages => new()
    {
        // A year that is not a number: the cell's type
        { "production.csv", "year:20x4", 3, "year", "expected a 32-bit whole number" },
        // A commodity edited without its key: the row would no longer match its fact_key
        { "production.csv", "commodity:zinc", 3, "fact_key", "the key of this row's fact" },
        // A partial date that is no date: the fact reader refuses it
        { "export_controls.csv", "date:2025-13", 3, "date", "not a valid value here" },
        // A required cell left empty
        { "sources.csv", "title:", 3, "title", "missing" },
        // The first data row repeated as the third: the database's key refuses it (field unknown: the whole row)
        { "reserves.csv", "repeat", 3, null, "the database refused this row" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task Import_DamagedCsvExport_NamesFileLineFieldAndWritesNothing(string file, string damage, int line, string? field, string message)
    {
        // Given a CSV export of a store, one cell (or row) of one file damaged, and a seeded store to import into
        var source = await SourceStoreAsync();
        var folder = Folder("damaged");
        await StoreExporter.ExportAsync(source, folder, ExportFormat.Csv);
        Damage(Path.Combine(folder, file), damage);
        var target = await SourceStoreAsync();
        var before = await StoreTablesText.OfAsync(target!);

        // When it is imported
        var error = await Assert.ThrowsAsync<DataValidationException>(() => StoreImporter.ImportAsync(target!, folder));

        // Then the one issue names the file, line and field, and the store is as it was
        var issue = Assert.Single(error.Issues);
        Assert.Equal((file, line, field), (issue.File, issue.Line, issue.Field));
        Assert.Contains(message, issue.Message, StringComparison.Ordinal);
        StoreTablesText.AssertEqual(before, await StoreTablesText.OfAsync(target!));
    }

    [Fact]
    public async Task Import_JsonCellOfWrongType_NamesItsLine()
    {
        // Given a JSON export whose second production row (line 3: "[" is line 1) has its year as a string
        var source = await SourceStoreAsync();
        var folder = Folder("json");
        await StoreExporter.ExportAsync(source, folder, ExportFormat.Json);
        var path = Path.Combine(folder, "production.json");
        var lines = File.ReadAllLines(path);
        var year = DefaultData.Dataset.Production[1].Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        lines[2] = lines[2].Replace($"\"year\":{year}", $"\"year\":\"{year}\"", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var error = await Assert.ThrowsAsync<DataValidationException>(() => StoreImporter.ImportAsync(source, folder));

        var issue = Assert.Single(error.Issues);
        Assert.Equal(("production.json", 3, "year"), (issue.File, issue.Line, issue.Field));
        Assert.Contains($"found the string \"{year}\"", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TruncatedFile_SaysItHasFewerRowsThanTheManifest()
    {
        var source = await SourceStoreAsync();
        var folder = Folder("truncated");
        await StoreExporter.ExportAsync(source, folder, ExportFormat.Csv);
        var path = Path.Combine(folder, "agreements.csv");
        var rows = CountCsvRows(path);
        TruncateLastRow(path);

        var error = await Assert.ThrowsAsync<DataValidationException>(() => StoreImporter.ImportAsync(source, folder));

        Assert.Contains($"{rows - 1} rows, the manifest says {rows}", Assert.Single(error.Issues).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ReferenceTableDiffersFromDataDirectory_IsRefusedBeforeAnyWrite()
    {
        // Given a CSV export whose governance table says something the store's data directory does not
        var source = await SourceStoreAsync();
        var folder = Folder("reference");
        await StoreExporter.ExportAsync(source, folder, ExportFormat.Csv);
        var path = Path.Combine(folder, "data", "governance_wgi.csv");
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        var cells = lines[1].Split(',');
        cells[^1] = "edited";
        lines[1] = string.Join(',', cells);
        File.WriteAllLines(path, lines);

        var error = await Assert.ThrowsAsync<DataValidationException>(() => StoreImporter.ImportAsync(source, folder));

        var issue = Assert.Single(error.Issues);
        Assert.Equal(("data/governance_wgi.csv", 2, header[^1]), (issue.File, issue.Line, issue.Field));
        Assert.Contains("differs from governance_wgi.csv:2", issue.Message, StringComparison.Ordinal);
    }

    private static void Damage(string path, string damage)
    {
        var lines = File.ReadAllLines(path);
        if (damage == "repeat")
        {
            lines[2] = lines[1];
        }
        else
        {
            var (column, value) = (damage[..damage.IndexOf(':', StringComparison.Ordinal)], damage[(damage.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            var index = Array.IndexOf(lines[0].Split(','), column);
            var cells = SplitSimple(lines[2]);
            cells[index] = value;
            lines[2] = string.Join(',', cells);
        }
        File.WriteAllLines(path, lines);
    }

    /// <summary>Splits a CSV line whose quoted cells hold no newline, keeping each cell's quotes as written.</summary>
    private static List<string> SplitSimple(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            if (c == ',' && !quoted)
            {
                cells.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        cells.Add(current.ToString());
        return cells;
    }

    private static int CountCsvRows(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
        var rows = 0;
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            rows++;
        }
        return rows;
    }

    private static void TruncateLastRow(string path)
    {
        // Agreements hold quoted multi-line cells, so rows are found by the parser, not by line: keep all but the last record.
        var rows = new List<string[]>();
        using (var reader = new StreamReader(path))
        using (var csv = new CsvHelper.CsvParser(reader, System.Globalization.CultureInfo.InvariantCulture))
        {
            while (csv.Read())
            {
                rows.Add(csv.Record!);
            }
        }
        using var writer = new StreamWriter(path);
        using var output = new CsvHelper.CsvWriter(writer, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var row in rows.Take(rows.Count - 1))
        {
            foreach (var cell in row)
            {
                output.WriteField(cell);
            }
            output.NextRecord();
        }
    }

    public void Dispose() => _temp.Dispose();
}
