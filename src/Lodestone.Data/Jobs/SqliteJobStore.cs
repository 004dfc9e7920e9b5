using System.Data.Common;
using Lodestone.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Lodestone.Data.Jobs;

/// <summary>The job queue in a SQLite file: one writer at a time, so a claim's choice and its update see no other writer between them.</summary>
internal sealed class SqliteJobStore(string path, TimeProvider clock) : JobStore(clock)
{
    public override string Backend => "sqlite";

    protected override string ClaimLock => "";

    protected override DbConnection Open() => StoreConnections.OpenSqlite(path);

    /// <remarks>BEGIN IMMEDIATE for submissions and claims alike: the write lock is taken before the first read.</remarks>
    protected override DbTransaction BeginWrite(DbConnection connection, bool submission) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: false);
}
