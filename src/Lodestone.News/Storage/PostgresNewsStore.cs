using System.Data.Common;
using Lodestone.Data.Storage;

namespace Lodestone.News.Storage;

/// <summary>The news store in a PostgreSQL database, on the <c>news_*</c> tables of the knowledge base's database.</summary>
/// <remarks>Open it through <see cref="NewsStores"/>, which migrates first.</remarks>
internal sealed class PostgresNewsStore : SqlNewsStore
{
    // Any constant works, the same in every Lodestone process; it differs from the knowledge base's write lock so a news
    // ingest does not wait for a long data import (the two stores share no rows).
    private const long WriteLockId = 0x4C4F444E; // "LODN"

    /// <param name="connectionString">An Npgsql connection string to a migrated database.</param>
    internal PostgresNewsStore(string connectionString)
        : base(StoreConnections.OpenPostgres(connectionString))
    {
    }

    public override string Backend => "postgres";

    /// <remarks>
    /// READ COMMITTED after a transaction-scoped advisory lock every news writer takes: a duplicate check then sees every
    /// article committed before the lock was granted, and no other writer commits until this transaction ends (the same
    /// guarantee as SQLite's BEGIN IMMEDIATE; the unique indexes on content hash and canonical URL back it up).
    /// </remarks>
    protected override DbTransaction BeginWrite(DbConnection connection) => StoreConnections.BeginWithAdvisoryLock(connection, WriteLockId);
}
