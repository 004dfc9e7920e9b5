using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lodestone.Data.Exchange;

/// <summary><c>manifest.json</c> of an export directory: the file format, and each table's file, columns and row count.</summary>
/// <param name="Format">Always <see cref="Marker"/>: tells an export directory from a folder of data files.</param>
/// <param name="FileFormat">csv, json or parquet.</param>
/// <param name="SchemaVersion">The store's schema version when exported.</param>
/// <param name="Tables">Store tables first, in insertion order, then the data directory's tables.</param>
public sealed record ExportManifest(string Format, ExportFormat FileFormat, int SchemaVersion, IReadOnlyList<ExportedTable> Tables)
{
    public const string FileName = "manifest.json";

    public const string Marker = "lodestone-export";

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>True when <paramref name="directory"/> holds an export's manifest.</summary>
    public static bool IsExport(string directory) => Directory.Exists(directory) && File.Exists(Path.Combine(directory, FileName));
}
