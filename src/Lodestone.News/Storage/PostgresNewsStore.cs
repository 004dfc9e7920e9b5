using System.Data.Common;
using Npgsql;

namespace Lodestone.News.Storage;

/// <summary>The news store in a PostgreSQL database, on the <c>news_*</c> tables of the knowledge base's database.</summary>
/// <remarks>Open it through <see cref="NewsStores"/>, which migrates first.</remarks>
public sealed class PostgresNewsStore : SqlNewsStore
{
    // Any constant works, the same in every Lodestone process; it differs from the knowledge base's write lock so a news
    // ingest does not wait for a long data import (the two stores share no rows).
    private const long WriteLockId = 0x4C4F444E; // "LODN"

    /// <param name="connectionString">An Npgsql connection string to a migrated database.</param>
    internal PostgresNewsStore(string connectionString)
        : base(Connect(connectionString))
    {
    }

    public override string Backend => "postgres";

    /// <remarks>
    /// READ COMMITTED after a transaction-scoped advisory lock every news writer takes: a duplicate check then sees every
    /// article committed before the lock was granted, and no other writer commits until this transaction ends (the same
    /// guarantee as SQLite's BEGIN IMMEDIATE; the unique indexes on content hash and canonical URL back it up).
    /// </remarks>
    protected override DbTransaction BeginWrite(DbConnection connection)
    {
        var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({WriteLockId})";
        command.ExecuteNonQuery();
        return transaction;
    }

    private static NpgsqlConnection Connect(string connectionString)
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
