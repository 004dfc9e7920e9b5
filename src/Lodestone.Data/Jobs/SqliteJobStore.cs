using System.Data.Common;
using Lodestone.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Lodestone.Data.Jobs;

/// <summary>The job queue in a SQLite file: one writer at a time, so a claim's choice and its update see no other writer between them.</summary>
public sealed class SqliteJobStore(string path, TimeProvider clock) : JobStore(clock)
{
    private readonly string _connectionString = SqliteSettings.ConnectionString(path);

    public override string Backend => "sqlite";

    protected override string ClaimLock => "";

    protected override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
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

    /// <remarks>BEGIN IMMEDIATE for submissions and claims alike: the write lock is taken before the first read.</remarks>
    protected override DbTransaction BeginWrite(DbConnection connection, bool submission) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: false);
}
