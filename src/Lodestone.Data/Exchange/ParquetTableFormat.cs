using System.Runtime.CompilerServices;
using Lodestone.Data.Storage;
using Parquet;
using Parquet.Schema;

namespace Lodestone.Data.Exchange;

/// <summary>Apache Parquet through Parquet.Net: one optional column per column (string, int32, int64, double, boolean), row groups of 65,536 rows.</summary>
/// <remarks>Every column is optional in the schema so NULL is representable uniformly; NOT NULL is checked on import like every format's.</remarks>
internal sealed class ParquetTableFormat : ITableFormat
{
    private const int RowGroupSize = 65_536;

    public ExportFormat Format => ExportFormat.Parquet;

    public string Extension => "parquet";

    private static DataField Field(Column column) => new(column.Name, column.Type switch
    {
        ColumnType.Text => typeof(string),
        ColumnType.Integer => typeof(int),
        ColumnType.BigInt => typeof(long),
        ColumnType.Real => typeof(double),
        _ => typeof(bool),
    }, isNullable: true);

    public async Task<int> WriteAsync(string path, IReadOnlyList<Column> columns, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var fields = columns.Select(Field).ToArray();
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: cancellationToken);
        var batch = new List<object?[]>(RowGroupSize);
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            batch.Add(row);
            count++;
            if (batch.Count == RowGroupSize)
            {
                await WriteGroupAsync(writer, columns, fields, batch, cancellationToken);
                batch.Clear();
            }
        }
        if (batch.Count > 0 || count == 0)
        {
            await WriteGroupAsync(writer, columns, fields, batch, cancellationToken);
        }
        return count;
    }

    private static async Task WriteGroupAsync(ParquetWriter writer, IReadOnlyList<Column> columns, DataField[] fields, List<object?[]> batch,
        CancellationToken cancellationToken)
    {
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            var c = i;
            switch (columns[i].Type)
            {
                case ColumnType.Text:
                    await group.WriteAsync(fields[i], batch.Select(r => (string?)r[c]).ToArray()!, null);
                    break;
                case ColumnType.Integer:
                    await group.WriteAsync<int>(fields[i], batch.Select(r => (int?)r[c]).ToArray(), null, null, cancellationToken);
                    break;
                case ColumnType.BigInt:
                    await group.WriteAsync<long>(fields[i], batch.Select(r => (long?)r[c]).ToArray(), null, null, cancellationToken);
                    break;
                case ColumnType.Real:
                    await group.WriteAsync<double>(fields[i], batch.Select(r => (double?)r[c]).ToArray(), null, null, cancellationToken);
                    break;
                default:
                    await group.WriteAsync<bool>(fields[i], batch.Select(r => (bool?)r[c]).ToArray(), null, null, cancellationToken);
                    break;
            }
        }
    }

    public async IAsyncEnumerable<(int Line, object?[] Row)> ReadAsync(string path, string displayName, IReadOnlyList<Column> columns,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            throw ExportIssue.At(displayName, 0, null, "not a Parquet file: " + e.Message.Split('\n')[0]);
        }
        await using (reader)
        {
            var fields = Fields(reader.Schema, columns, displayName);
            var line = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var rowCount = checked((int)group.RowCount);
                var values = new object?[columns.Count][];
                for (var i = 0; i < columns.Count; i++)
                {
                    values[i] = await ReadColumnAsync(group, fields[i], columns[i].Type, rowCount, cancellationToken);
                }
                for (var r = 0; r < rowCount; r++)
                {
                    var row = new object?[columns.Count];
                    for (var i = 0; i < row.Length; i++)
                    {
                        row[i] = values[i][r];
                    }
                    yield return (++line, row);
                }
            }
        }
    }

    private static DataField[] Fields(ParquetSchema schema, IReadOnlyList<Column> columns, string displayName)
    {
        var found = schema.GetDataFields().ToDictionary(f => f.Name, StringComparer.Ordinal);
        if (found.Keys.FirstOrDefault(n => columns.All(c => c.Name != n)) is { } extra)
        {
            throw ExportIssue.At(displayName, 0, extra, $"unknown column: this table has {string.Join(", ", columns.Select(c => c.Name))}");
        }
        return columns.Select(c =>
        {
            if (!found.TryGetValue(c.Name, out var field))
            {
                throw ExportIssue.At(displayName, 0, c.Name, "missing column");
            }
            var expected = Field(c).ClrType;
            if (field.ClrType != expected)
            {
                throw ExportIssue.At(displayName, 0, c.Name, $"expected a column of {expected.Name}, found {field.ClrType.Name}");
            }
            return field;
        }).ToArray();
    }

    private static async Task<object?[]> ReadColumnAsync(ParquetRowGroupReader group, DataField field, ColumnType type, int rowCount,
        CancellationToken cancellationToken)
    {
        switch (type)
        {
            case ColumnType.Text:
                var text = new string?[rowCount];
                await group.ReadAsync(field, text.AsMemory(), null, cancellationToken);
                return text.Cast<object?>().ToArray();
            case ColumnType.Integer:
                return await ReadAsync<int>(group, field, rowCount, cancellationToken);
            case ColumnType.BigInt:
                return await ReadAsync<long>(group, field, rowCount, cancellationToken);
            case ColumnType.Real:
                return await ReadAsync<double>(group, field, rowCount, cancellationToken);
            default:
                return await ReadAsync<bool>(group, field, rowCount, cancellationToken);
        }
    }

    private static async Task<object?[]> ReadAsync<T>(ParquetRowGroupReader group, DataField field, int rowCount, CancellationToken cancellationToken)
        where T : struct
    {
        var values = new T?[rowCount];
        await group.ReadAsync<T>(field, values.AsMemory(), null, cancellationToken);
        return values.Select(v => v.HasValue ? (object?)v.Value : null).ToArray();
    }
}
