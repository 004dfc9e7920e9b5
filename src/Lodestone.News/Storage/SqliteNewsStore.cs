using System.Data.Common;
using System.Globalization;
using Lodestone.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Lodestone.News.Storage;

/// <summary>The news store in a SQLite file, on its <c>news_*</c> tables beside the knowledge base.</summary>
/// <remarks>Opened with <see cref="SqliteSettings"/> (WAL, busy timeout), so it shares the file with a running server. Open it through <see cref="NewsStores"/>, which migrates first.</remarks>
internal sealed class SqliteNewsStore : SqlNewsStore
{
    /// <param name="path">A SQLite file migrated to the newest schema (<see cref="NewsStores.Open"/> does that).</param>
    internal SqliteNewsStore(string path)
        : base(StoreConnections.OpenSqlite(path))
    {
        AddMissingColumns();
    }

    public override string Backend => "sqlite";

    /// <remarks>
    /// BEGIN IMMEDIATE: the write lock is held from the first read, so a duplicate check and the insert it allows cannot
    /// interleave with another process's ingest.
    /// </remarks>
    protected override DbTransaction BeginWrite(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    /// <summary>Files written before field evidence was kept get the column (migration 0004 leaves tables it finds as they were).</summary>
    private void AddMissingColumns()
    {
        using var check = Command("SELECT COUNT(*) FROM pragma_table_info('news_event_sources') WHERE name = 'fields'");
        if (Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) == 0)
        {
            InTransaction(() =>
            {
                Execute("ALTER TABLE news_event_sources ADD COLUMN fields TEXT");
                return 0;
            });
        }
    }
}
