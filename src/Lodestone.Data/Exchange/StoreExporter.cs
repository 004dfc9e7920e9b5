using System.Text.Json;
using Lodestone.Data.Storage;

namespace Lodestone.Data.Exchange;

/// <summary><c>data export</c>: every table a view reads, one file per table in one format, and a manifest.</summary>
/// <remarks>
/// The store's tables (<see cref="RawTables.All"/>) are written row for row as the database holds them, row numbers and ids
/// included, read in one snapshot; the data directory's tables (<see cref="DataFileTables"/>) follow under <c>data/</c>. One
/// writer per format (<see cref="ITableFormat"/>) writes every table from its column list. <see cref="StoreImporter"/> reads it back.
/// </remarks>
public static class StoreExporter
{
    /// <summary>The folder of an export that holds the data directory's tables.</summary>
    public const string DataFolder = "data";

    /// <summary>Writes the export into <paramref name="directory"/> (created if missing; files of the same name are overwritten).</summary>
    public static async Task<ExportManifest> ExportAsync(SqlKnowledgeStore store, string directory, ExportFormat format,
        CancellationToken cancellationToken = default)
    {
        var writer = TableFormats.For(format);
        Directory.CreateDirectory(directory);
        var tables = new List<ExportedTable>();
        await store.ReadRawAsync(RawTables.All, async (table, rows) =>
        {
            var file = table.Name + "." + writer.Extension;
            var count = await writer.WriteAsync(Path.Combine(directory, file), table.Columns, rows, cancellationToken);
            tables.Add(new ExportedTable(table.Name, file, Stored: true, count, table.Columns));
        }, cancellationToken);
        foreach (var relative in DataFileTables.In(store.DataDirectory))
        {
            var (columns, rows) = DataFileTables.Read(store.DataDirectory, relative);
            var file = DataFolder + "/" + DataFileTables.TableName(relative) + "." + writer.Extension;
            var path = Path.Combine(directory, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var count = await writer.WriteAsync(path, columns, rows.Select(r => r.Row).ToAsyncEnumerable(), cancellationToken);
            tables.Add(new ExportedTable(DataFileTables.TableName(relative), file, Stored: false, count, columns));
        }
        var manifest = new ExportManifest(ExportManifest.Marker, format, await store.SchemaVersionAsync(cancellationToken), tables);
        await File.WriteAllTextAsync(Path.Combine(directory, ExportManifest.FileName),
            JsonSerializer.Serialize(manifest, ExportManifest.Options) + "\n", cancellationToken);
        return manifest;
    }
}
