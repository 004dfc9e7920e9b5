namespace Lodestone.Data.Exchange;

/// <summary>The writer and reader of each <see cref="ExportFormat"/>.</summary>
internal static class TableFormats
{
    public static ITableFormat For(ExportFormat format) => format switch
    {
        ExportFormat.Csv => new CsvTableFormat(),
        ExportFormat.Json => new JsonTableFormat(),
        _ => new ParquetTableFormat(),
    };
}
