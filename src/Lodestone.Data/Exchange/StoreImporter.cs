using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Lodestone.Data.Storage;
using Lodestone.Domain.Errors;

namespace Lodestone.Data.Exchange;

/// <summary>Imports an export directory (<see cref="StoreExporter"/>) into a store: its content is replaced, all or nothing.</summary>
/// <remarks>
/// Before anything is written, the manifest must name every store table with the columns of this schema, and each data-directory
/// table must equal the importing store's data directory (those tables are read from there, not stored). Then, in one write
/// transaction, every store table is emptied and refilled row for row: each cell is typed by its column, NOT NULL is enforced,
/// each fact row must read back as its fact in the store's form (<see cref="RowCheck"/>), the row count must match the manifest,
/// and the database's own keys and references hold. The first problem is reported as file:line:field and rolls everything back.
/// </remarks>
public static class StoreImporter
{
    /// <returns>Rows written per store table.</returns>
    /// <exception cref="DataValidationException">The first problem, at file:line:field; nothing was written.</exception>
    public static async Task<IReadOnlyDictionary<string, int>> ImportAsync(SqlKnowledgeStore store, string directory,
        CancellationToken cancellationToken = default)
    {
        var manifest = ReadManifest(directory);
        var format = TableFormats.For(manifest.FileFormat);
        var entries = CheckTables(manifest);
        foreach (var entry in manifest.Tables.Where(t => !t.Stored))
        {
            await CheckDataFileAsync(store.DataDirectory, directory, entry, format, cancellationToken);
        }
        var position = new Position();
        try
        {
            return await store.ReplaceRawAsync(
                RawTables.All.Select(t => (t, RowsAsync(directory, entries[t.Name], t, format, position, cancellationToken))).ToList(),
                cancellationToken);
        }
        catch (DbException e)
        {
            throw ExportIssue.At(position.File, position.Line, null, "the database refused this row: " + e.Message.Split('\n')[0]);
        }
    }

    private static ExportManifest ReadManifest(string directory)
    {
        var path = Path.Combine(directory, ExportManifest.FileName);
        ExportManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ExportManifest>(File.ReadAllText(path), ExportManifest.Options);
        }
        catch (JsonException e)
        {
            throw ExportIssue.At(ExportManifest.FileName, (int)(e.LineNumber ?? 0) + 1, e.Path, "not an export manifest: " + e.Message.Split('\n')[0]);
        }
        if (manifest is not { Format: ExportManifest.Marker, Tables: not null })
        {
            throw ExportIssue.At(ExportManifest.FileName, 1, "format", $"expected \"{ExportManifest.Marker}\" and a list of tables");
        }
        return manifest;
    }

    /// <summary>The manifest's entry for every store table, each with this schema's columns.</summary>
    private static Dictionary<string, ExportedTable> CheckTables(ExportManifest manifest)
    {
        var stored = manifest.Tables.Where(t => t.Stored).ToDictionary(t => t.Name, StringComparer.Ordinal);
        if (stored.Keys.FirstOrDefault(n => RawTables.All.All(t => t.Name != n)) is { } unknown)
        {
            throw ExportIssue.At(ExportManifest.FileName, 0, "tables", $"unknown store table '{unknown}' (schema version {manifest.SchemaVersion}?)");
        }
        foreach (var table in RawTables.All)
        {
            if (!stored.TryGetValue(table.Name, out var entry))
            {
                throw ExportIssue.At(ExportManifest.FileName, 0, "tables", $"the export lacks table '{table.Name}': every store table is needed to replace the store");
            }
            if (!entry.Columns.SequenceEqual(table.Columns))
            {
                throw ExportIssue.At(ExportManifest.FileName, 0, "tables", $"table '{table.Name}' has columns ({Describe(entry.Columns)}); this store's are ({Describe(table.Columns)})");
            }
            if (entry.File.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(entry.File))
            {
                throw ExportIssue.At(ExportManifest.FileName, 0, "tables", $"table '{table.Name}': file '{entry.File}' is outside the export directory");
            }
        }
        return stored;
    }

    private static string Describe(IEnumerable<Column> columns) =>
        string.Join(", ", columns.Select(c => $"{c.Name} {c.Type}{(c.Nullable ? "" : " not null")}"));

    private static async IAsyncEnumerable<object?[]> RowsAsync(string directory, ExportedTable entry, RawTable table, ITableFormat format,
        Position position, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, entry.File);
        if (!File.Exists(path))
        {
            throw ExportIssue.At(entry.File, 0, null, "file missing: the manifest lists it");
        }
        var check = RowCheck.For(table);
        var count = 0;
        position.File = entry.File;
        await foreach (var (line, row) in format.ReadAsync(path, entry.File, table.Columns, cancellationToken))
        {
            position.Line = line;
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is null && !table.Columns[i].Nullable)
                {
                    throw ExportIssue.At(entry.File, line, table.Columns[i].Name, "missing: this column needs a value");
                }
            }
            if (check?.Check(row) is { } problem)
            {
                throw ExportIssue.At(entry.File, line, problem.Field, problem.Message);
            }
            count++;
            yield return row;
        }
        if (count != entry.Rows)
        {
            throw ExportIssue.At(entry.File, position.Line, null, $"{count} rows, the manifest says {entry.Rows} (a truncated or edited file?)");
        }
    }

    /// <summary>A data-directory table must equal the file it came from in the importing store's data directory.</summary>
    private static async Task CheckDataFileAsync(string dataDirectory, string directory, ExportedTable entry, ITableFormat format,
        CancellationToken cancellationToken)
    {
        var relative = entry.Name + ".csv";
        if (!File.Exists(Path.Combine(dataDirectory, relative)))
        {
            throw ExportIssue.At(entry.File, 0, null, $"the store's data directory has no {relative}: reference tables are read from there, not stored");
        }
        var (columns, expected) = DataFileTables.Read(dataDirectory, relative);
        if (!columns.SequenceEqual(entry.Columns))
        {
            throw ExportIssue.At(entry.File, 1, null, $"columns differ from {relative} in the store's data directory ({Describe(columns)})");
        }
        var path = Path.Combine(directory, entry.File);
        if (!File.Exists(path))
        {
            throw ExportIssue.At(entry.File, 0, null, "file missing: the manifest lists it");
        }
        var index = 0;
        await foreach (var (line, row) in format.ReadAsync(path, entry.File, columns, cancellationToken))
        {
            if (index >= expected.Count)
            {
                throw ExportIssue.At(entry.File, line, null, $"a row {relative} in the store's data directory does not have; reference tables are read from there: edit it instead");
            }
            var (dataLine, want) = expected[index++];
            for (var i = 0; i < row.Length; i++)
            {
                if (!Equals(row[i], want[i]))
                {
                    throw ExportIssue.At(entry.File, line, columns[i].Name,
                        $"differs from {relative}:{dataLine} in the store's data directory ('{CellText.Shorten(want[i] as string ?? "")}'); reference tables are read from there: edit it instead");
                }
            }
        }
        if (index != expected.Count)
        {
            throw ExportIssue.At(entry.File, 0, null, $"{index} rows, {relative} in the store's data directory has {expected.Count}");
        }
    }

    /// <summary>The file and line of the row being written, for an error the database raises.</summary>
    private sealed class Position
    {
        public string File { get; set; } = ExportManifest.FileName;

        public int Line { get; set; }
    }
}
