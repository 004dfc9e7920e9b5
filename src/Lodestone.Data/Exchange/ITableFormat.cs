using Lodestone.Data.Storage;

namespace Lodestone.Data.Exchange;

/// <summary>One file format of an export: writes a table's rows to a file and reads them back, typed by the table's columns.</summary>
/// <remarks>
/// Rows are arrays of column values of the types <see cref="SqlKnowledgeStore.ReadRawAsync"/> gives (string, int, long, double,
/// bool, null). A reader checks the file's shape and each value's type and throws <see cref="Domain.Errors.DataValidationException"/>
/// at file:line:field; whether a NULL is allowed is checked by the caller, once for every format.
/// </remarks>
internal interface ITableFormat
{
    ExportFormat Format { get; }

    /// <summary>The file name extension, without the dot.</summary>
    string Extension { get; }

    /// <returns>Rows written.</returns>
    Task<int> WriteAsync(string path, IReadOnlyList<Column> columns, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken);

    /// <summary>The rows of <paramref name="path"/>, each with its line (CSV and JSON: the line it starts on; Parquet: its row number).</summary>
    /// <param name="displayName">The file as errors name it.</param>
    IAsyncEnumerable<(int Line, object?[] Row)> ReadAsync(string path, string displayName, IReadOnlyList<Column> columns, CancellationToken cancellationToken);
}
