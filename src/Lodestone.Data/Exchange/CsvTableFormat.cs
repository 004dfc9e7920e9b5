using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using Lodestone.Data.Loading;
using Lodestone.Data.Storage;

namespace Lodestone.Data.Exchange;

/// <summary>CSV: a header of column names, one row per record, UTF-8 without BOM; an empty cell is NULL.</summary>
/// <remarks>Text cells go through <see cref="SpreadsheetSafety"/> (so an empty text is <c>'</c>); other cells are <see cref="CellText"/>.</remarks>
internal sealed class CsvTableFormat : ITableFormat
{
    public ExportFormat Format => ExportFormat.Csv;

    public string Extension => "csv";

    public async Task<int> WriteAsync(string path, IReadOnlyList<Column> columns, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in columns)
        {
            csv.WriteField(column.Name);
        }
        await csv.NextRecordAsync();
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            foreach (var value in row)
            {
                csv.WriteField(Cell(value));
            }
            await csv.NextRecordAsync();
            count++;
        }
        return count;
    }

    /// <summary>What a CSV cell holds for <paramref name="value"/>.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        string text => SpreadsheetSafety.Neutralise(text),
        _ => CellText.Format(value)!,
    };

    /// <summary>The value a CSV cell holds in a column of <paramref name="type"/> (the inverse of <see cref="Cell"/>).</summary>
    /// <exception cref="FormatException">Not a value of the type.</exception>
    public static object? Value(string cell, ColumnType type) =>
        cell.Length == 0 ? null : type == ColumnType.Text ? SpreadsheetSafety.Restore(cell) : CellText.Parse(cell, type);

    public async IAsyncEnumerable<(int Line, object?[] Row)> ReadAsync(string path, string displayName, IReadOnlyList<Column> columns,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
        var issues = new IssueLog();
        using var rows = Rows(reader, displayName, issues, columns).GetEnumerator();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool more;
            try
            {
                more = rows.MoveNext();
            }
            catch (DecoderFallbackException)
            {
                throw ExportIssue.At(displayName, 0, null, "invalid UTF-8 byte sequence: the file must be UTF-8");
            }
            issues.ThrowIfAny();
            if (!more)
            {
                yield break;
            }
            yield return rows.Current;
        }
    }

    private static IEnumerable<(int Line, object?[] Row)> Rows(StreamReader reader, string displayName, IssueLog issues, IReadOnlyList<Column> columns)
    {
        var names = columns.Select(c => c.Name).ToList();
        var first = true;
        foreach (var row in CsvFile.Stream(reader, displayName, issues, names))
        {
            if (first && row.Columns.FirstOrDefault(c => !names.Contains(c, StringComparer.Ordinal)) is { } extra)
            {
                throw ExportIssue.At(displayName, 1, extra, $"unknown column: this table has {string.Join(", ", names)}");
            }
            first = false;
            var values = new object?[columns.Count];
            for (var i = 0; i < values.Length; i++)
            {
                try
                {
                    values[i] = Value(row.Raw(columns[i].Name) ?? "", columns[i].Type);
                }
                catch (FormatException e)
                {
                    throw ExportIssue.At(displayName, row.Line, columns[i].Name, e.Message);
                }
            }
            yield return (row.Line, values);
        }
    }
}
