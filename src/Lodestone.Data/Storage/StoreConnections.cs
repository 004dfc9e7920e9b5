using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lodestone.Data.Storage;

/// <summary>Opens the connections the stores beside the knowledge base (news, jobs) use: SQLite as <see cref="SqliteSettings"/> says, PostgreSQL as given.</summary>
public static class StoreConnections
{
    /// <summary>An open connection to the SQLite file at <paramref name="path"/>, WAL and busy timeout set; disposed if opening fails.</summary>
    public static SqliteConnection OpenSqlite(string path)
    {
        var connection = new SqliteConnection(SqliteSettings.ConnectionString(path));
        try
        {
            connection.Open();
            SqliteSettings.Configure(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Begins a PostgreSQL transaction and takes the transaction-scoped advisory lock <paramref name="lockId"/> in it: every Lodestone process taking the same id waits for the holder to commit or roll back.</summary>
    public static System.Data.Common.DbTransaction BeginWithAdvisoryLock(System.Data.Common.DbConnection connection, long lockId)
    {
        var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_advisory_xact_lock(" + lockId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
        command.ExecuteNonQuery();
        return transaction;
    }

    /// <summary>An open connection for the Npgsql <paramref name="connectionString"/>; disposed if opening fails.</summary>
    public static NpgsqlConnection OpenPostgres(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
