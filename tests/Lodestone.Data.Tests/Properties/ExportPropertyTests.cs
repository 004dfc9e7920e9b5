using System.Globalization;
using CsCheck;
using Lodestone.Data.Exchange;
using Lodestone.Data.Storage;
using Lodestone.Testing;
using Lodestone.Testing.Fuzzing;

namespace Lodestone.Data.Tests.Properties;

/// <summary>
/// Properties of the export formats on generated tables (<see cref="TableRows"/>): what a format writes, it reads back to the same
/// values (NULL apart from the empty text, doubles bit for bit), and no CSV text cell can start a spreadsheet formula.
/// </summary>
public sealed class ExportPropertyTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Json)]
    [InlineData(ExportFormat.Parquet)]
    public void WriteThenRead_GeneratedTable_GivesTheSameRows(ExportFormat format)
    {
        var writer = TableFormats.For(format);
        TableRows.Tables.Sample(table =>
        {
            // CsCheck runs samples on several threads: each gets its own file.
            var path = Path.Combine(_temp.Path, Guid.NewGuid().ToString("N") + "." + writer.Extension);
            writer.WriteAsync(path, table.Columns, table.Rows.ToAsyncEnumerable(), CancellationToken.None).GetAwaiter().GetResult();
            var read = writer.ReadAsync(path, "t", table.Columns, CancellationToken.None).ToListAsync().AsTask().GetAwaiter().GetResult();
            return read.Select(r => Text(r.Row)).SequenceEqual(table.Rows.Select(Text));
        }, iter: 300);
    }

    [Fact]
    public void WriteCsv_GeneratedTable_NoTextCellStartsAFormula()
    {
        var writer = TableFormats.For(ExportFormat.Csv);
        TableRows.Tables.Sample(table =>
        {
            var path = Path.Combine(_temp.Path, Guid.NewGuid().ToString("N") + ".csv");
            writer.WriteAsync(path, table.Columns, table.Rows.ToAsyncEnumerable(), CancellationToken.None).GetAwaiter().GetResult();
            // What a spreadsheet sees: each cell after CSV unquoting.
            using var reader = new StreamReader(path);
            using var parser = new CsvHelper.CsvParser(reader, CultureInfo.InvariantCulture);
            parser.Read();
            while (parser.Read())
            {
                for (var i = 0; i < table.Columns.Length; i++)
                {
                    if (table.Columns[i].Type == ColumnType.Text && parser.Record![i] is { Length: > 0 } cell && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
                    {
                        return false;
                    }
                }
            }
            return true;
        }, iter: 300);
    }

    [Theory]
    // Why each: a formula, a mark already there, the empty text (apart from NULL), a plain text, a lone tab, a negative-looking text
    [InlineData("=1+1", "'=1+1")]
    [InlineData("'x", "''x")]
    [InlineData("", "'")]
    [InlineData("plain", "plain")]
    [InlineData("\t", "'\t")]
    [InlineData("-5", "'-5")]
    public void Neutralise_Text_IsMarkedAndRestoredExactly(string text, string cell)
    {
        Assert.Equal(cell, SpreadsheetSafety.Neutralise(text));
        Assert.Equal(text, SpreadsheetSafety.Restore(cell));
    }

    private static string Text(object?[] row) => string.Join("\u001f", row.Select(v => v is null ? "\u2400" : "«" + CellText.Format(v) + "»"));

    public void Dispose() => _temp.Dispose();
}
