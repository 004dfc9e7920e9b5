using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Lodestone.Data.Storage;

public abstract partial class SqlKnowledgeStore
{
    /// <summary>Reads <paramref name="tables"/> row by row, all at one point in time, passing each table's rows to <paramref name="consume"/>.</summary>
    /// <remarks>
    /// Values come as the column type says, the same on both backends: Text <see cref="string"/>, Integer <see cref="int"/>, BigInt
    /// <see cref="long"/>, Real <see cref="double"/>, Bool <see cref="bool"/>, NULL as null. Rows stream (a BACI release is never held).
    /// </remarks>
    internal async Task ReadRawAsync(IReadOnlyList<RawTable> tables, Func<RawTable, IAsyncEnumerable<object?[]>, Task> consume,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginSnapshotAsync(connection, cancellationToken);
        foreach (var table in tables)
        {
            await consume(table, RowsAsync(connection, transaction, table, cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Replaces the content of every table in <see cref="RawTables.All"/> with <paramref name="tables"/>' rows, in one transaction.</summary>
    /// <remarks>
    /// Rows are written as given, row numbers and ids included, in the order given (references first). Any exception, from the
    /// database (a repeated key, a missing reference) or from enumerating the rows (a bad cell), rolls everything back. Afterwards the
    /// news ids continue after the largest imported one and the news generation is bumped, so running servers re-read the news.
    /// </remarks>
    /// <returns>Rows written per table.</returns>
    internal async Task<IReadOnlyDictionary<string, int>> ReplaceRawAsync(IReadOnlyList<(RawTable Table, IAsyncEnumerable<object?[]> Rows)> tables,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        foreach (var table in RawTables.All.Reverse())
        {
            await ExecuteAsync(connection, transaction, $"DELETE FROM {table.Name}", cancellationToken);
        }
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (table, rows) in tables)
        {
            counts[table.Name] = await InsertRawAsync(connection, transaction, table, rows, cancellationToken);
        }
        await ContinueIdentitiesAsync(connection, transaction, cancellationToken);
        await ExecuteAsync(connection, transaction, "UPDATE news_generation SET value = value + 1 WHERE id = 1", cancellationToken);
        await SetOriginAsync(connection, transaction, UserOrigin, cancellationToken);
        await CommitWriteAsync(transaction, cancellationToken);
        return counts;
    }

    /// <summary>Makes ids the database assigns continue after the largest stored one (PostgreSQL identities; SQLite's AUTOINCREMENT does so itself).</summary>
    private protected virtual Task ContinueIdentitiesAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    private static async IAsyncEnumerable<object?[]> RowsAsync(DbConnection connection, DbTransaction transaction, RawTable table,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, table.SelectSql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[table.Columns.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : table.Columns[i].Type switch
                {
                    ColumnType.Text => reader.GetString(i),
                    ColumnType.Integer => Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture),
                    ColumnType.BigInt => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture),
                    ColumnType.Real => reader.GetDouble(i),
                    _ => reader.GetBoolean(i),
                };
            }
            yield return row;
        }
    }

    private async Task<int> InsertRawAsync(DbConnection connection, DbTransaction transaction, RawTable table, IAsyncEnumerable<object?[]> rows,
        CancellationToken cancellationToken)
    {
        var sql = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) "
            + $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";
        await using var command = Command(connection, transaction, sql);
        var parameters = new DbParameter[table.Columns.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            SetParameterType(parameters[i], table.Columns[i].Type);
            command.Parameters.Add(parameters[i]);
        }
        await command.PrepareAsync(cancellationToken);
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row[i] ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(cancellationToken);
            count++;
        }
        return count;
    }
}
