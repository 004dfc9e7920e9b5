using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Lodestone.Data.Storage;

/// <summary>The embedded store: one SQLite file (Microsoft.Data.Sqlite), foreign keys enforced, WAL journal (see <see cref="SqliteSettings"/>).</summary>
internal sealed class SqliteKnowledgeStore : SqlKnowledgeStore
{
    private readonly string _connectionString;

    /// <param name="path">The database file; its directory is created when missing.</param>
    /// <param name="dataDirectory">Where the reference catalogues are read from.</param>
    public SqliteKnowledgeStore(string path, string dataDirectory, TimeProvider? clock = null)
        : base(dataDirectory, clock)
    {
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = SqliteSettings.ConnectionString(Path);
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    public override string Backend => "sqlite";

    /// <summary>Stored flows below which a trade import rebuilds the key index after loading (tests lower it to 0).</summary>
    internal long TradeIndexRebuildBelow { get; set; } = SqliteTradeFlowWriter.DefaultRebuildIndexBelow;

    private protected override DbConnection CreateConnection()
    {
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }
        return new SqliteConnection(_connectionString);
    }

    private protected override Task ConfigureAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        SqliteSettings.Configure((SqliteConnection)connection);
        return Task.CompletedTask;
    }

    /// <remarks>IMMEDIATE: the write lock is taken before the first read, so a read-modify-write sees no other writer's commit.</remarks>
    private protected override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    private protected override bool IsSameDatabase(DbConnection connection) =>
        string.Equals(System.IO.Path.GetFullPath(((SqliteConnection)connection).DataSource), Path, StringComparison.Ordinal);

    /// <remarks>Deferred: a read takes SQLite's shared lock for the whole load, without blocking writers before its first SELECT.</remarks>
    private protected override Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    /// <remarks>Bound by position and with the key index rebuilt after a bulk load: see <see cref="SqliteTradeFlowWriter"/>.</remarks>
    private protected override Task<long> BulkInsertTradeFlowsAsync(DbConnection connection, DbTransaction transaction,
        IEnumerable<Domain.Trade.TradeFlow> flows, long firstSeq, CancellationToken cancellationToken) =>
        Task.FromResult(SqliteTradeFlowWriter.Write((SqliteConnection)connection, (SqliteTransaction)transaction, flows, firstSeq, TradeIndexRebuildBelow,
            replaced: null, cancellationToken));

    /// <remarks>One load (the key index dropped and rebuilt at most once), each (nomenclature, year) deleting its stored flows
    /// before its first flow: see <see cref="SqliteTradeFlowWriter"/>.</remarks>
    private protected override Task<long> ReplaceTradeFlowsAsync(DbConnection connection, DbTransaction transaction,
        IEnumerable<Domain.Trade.TradeFlow> flows, long firstSeq, ICollection<ReplacedTradeFlows> replaced, CancellationToken cancellationToken) =>
        Task.FromResult(SqliteTradeFlowWriter.Write((SqliteConnection)connection, (SqliteTransaction)transaction, flows, firstSeq, TradeIndexRebuildBelow,
            replaced, cancellationToken));

    /// <remarks>SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555).</remarks>
    private protected override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 };

    private protected override void SetParameterType(DbParameter parameter, ColumnType? type) =>
        ((SqliteParameter)parameter).SqliteType = type switch
        {
            ColumnType.Text => SqliteType.Text,
            ColumnType.Real => SqliteType.Real,
            _ => SqliteType.Integer,
        };
}
