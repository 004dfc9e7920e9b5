using System.Data.Common;
using System.Globalization;

namespace Lodestone.Data.Storage;

public abstract partial class SqlKnowledgeStore
{
    /// <summary>Opens a connection; connection failures become <see cref="StoreUnavailableException"/>.</summary>
    private protected async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            await ConfigureAsync(connection, cancellationToken);
            return connection;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or IOException or UnauthorizedAccessException or System.Net.Sockets.SocketException)
        {
            await connection.DisposeAsync();
            throw new StoreUnavailableException($"cannot open the {Backend} store: {e.Message.Split('\n')[0]}", e);
        }
    }

    /// <summary>Per-connection settings applied right after opening (SQLite: busy timeout and WAL).</summary>
    private protected virtual Task ConfigureAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    private protected static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private protected static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void AddParameter(DbCommand command, string name, object value, ColumnType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        SetParameterType(parameter, type);
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task<int> CurrentVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var exists = Command(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        try
        {
            return Convert.ToInt32(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        catch (DbException) when (transaction is null)
        {
            // No schema_version table yet: nothing has been migrated.
            return 0;
        }
    }
}
