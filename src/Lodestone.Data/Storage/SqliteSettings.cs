using Microsoft.Data.Sqlite;

namespace Lodestone.Data.Storage;

/// <summary>How every Lodestone connection to a SQLite file is opened, so CLI writers and a running server share it safely.</summary>
/// <remarks>
/// <para>WAL journal: readers never block the writer and the writer never blocks readers (with the default rollback
/// journal a server holding a read made <c>news ingest</c> fail with "database is locked"). The mode is stored in the
/// file, so setting it once is enough; it is re-asserted on every open because a file may come from elsewhere.</para>
/// <para>Busy timeout: a writer that finds another writer waits up to <see cref="BusyTimeout"/> instead of failing at once.
/// Writers begin with <c>BEGIN IMMEDIATE</c>, taking the write lock before they read, so two writers never deadlock on a
/// lock upgrade and waiting is always enough (no transaction has to be retried from the start).</para>
/// </remarks>
public static class SqliteSettings
{
    /// <summary>How long a statement waits for another connection's lock before failing with SQLITE_BUSY.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The connection string for <paramref name="path"/>: read-write, created if missing, foreign keys enforced.</summary>
    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        ForeignKeys = true,
        DefaultTimeout = (int)BusyTimeout.TotalSeconds,
    }.ToString();

    /// <summary>Sets the busy timeout of the open <paramref name="connection"/> and puts its file in WAL mode.</summary>
    public static void Configure(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds}; PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }
}
