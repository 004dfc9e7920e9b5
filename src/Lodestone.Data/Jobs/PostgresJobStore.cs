using System.Data.Common;
using Lodestone.Data.Storage;

namespace Lodestone.Data.Jobs;

/// <summary>The job queue in PostgreSQL: claims lock their row with <c>FOR UPDATE SKIP LOCKED</c>, so workers on any number of servers never wait for each other or take one job twice.</summary>
public sealed class PostgresJobStore(string connectionString, TimeProvider clock) : JobStore(clock)
{
    // Any constant, the same in every Lodestone process: serialises submissions, whose limits count the whole table.
    private const long SubmissionLockId = 0x4C4F444A; // "LODJ"

    public override string Backend => "postgres";

    protected override string ClaimLock => "FOR UPDATE SKIP LOCKED";

    protected override DbConnection Open() => StoreConnections.OpenPostgres(connectionString);

    /// <remarks>
    /// A submission counts the table (per-client limits, capacity) and then inserts: the advisory lock makes that
    /// check-then-insert atomic across servers. A claim needs no lock beyond its row lock.
    /// </remarks>
    protected override DbTransaction BeginWrite(DbConnection connection, bool submission) =>
        submission ? StoreConnections.BeginWithAdvisoryLock(connection, SubmissionLockId) : connection.BeginTransaction();
}
