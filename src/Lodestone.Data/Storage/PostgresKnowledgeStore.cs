using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Lodestone.Data.Storage;

/// <summary>The shared store: PostgreSQL through Npgsql, bulk writes by binary COPY inside the import transaction.</summary>
internal sealed class PostgresKnowledgeStore : SqlKnowledgeStore
{
    // Any constant works: it only has to be the same for every Lodestone process migrating one database.
    private const long MigrationLockId = 0x4C4F4445; // "LODE"

    // Taken by every write transaction, so writers are serialised like SQLite's (see BeginWriteAsync).
    private const long WriteLockId = 0x4C4F4457; // "LODW"

    private readonly string _connectionString;

    /// <param name="connectionString">An Npgsql connection string (see <see cref="StoreTarget"/> for postgres:// URLs).</param>
    /// <param name="dataDirectory">Where the reference catalogues are read from.</param>
    public PostgresKnowledgeStore(string connectionString, string dataDirectory, TimeProvider? clock = null)
        : base(dataDirectory, clock)
    {
        _connectionString = connectionString;
    }

    /// <summary>Binary COPY (default) or one prepared INSERT per row (the baseline the benchmark compares against).</summary>
    public bool UseCopy { get; init; } = true;

    public override string Backend => "postgres";

    /// <remarks>
    /// Error detail is included so a duplicate trade flow found by COPY can be named by its key (the detail of a unique
    /// violation holds the key's values, which are the user's own data, never credentials).
    /// </remarks>
    private protected override DbConnection CreateConnection() =>
        new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { IncludeErrorDetail = true }.ConnectionString);

    private protected override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <remarks>Binary COPY streams the flows; a duplicate surfaces when the server checks the index, so its key comes from the error detail.</remarks>
    private protected override async Task<long> BulkInsertTradeFlowsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<Domain.Trade.TradeFlow> flows,
        long firstSeq, CancellationToken cancellationToken)
    {
        if (!UseCopy)
        {
            return await base.BulkInsertTradeFlowsAsync(connection, transaction, flows, firstSeq, cancellationToken);
        }
        var columns = string.Join(", ", TradeFlowTable.Columns.Select(c => c.Name));
        var seq = firstSeq;
        try
        {
            await using var importer = await ((NpgsqlConnection)connection).BeginBinaryImportAsync(
                $"COPY {TradeFlowTable.Name} (seq, {columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            // No timeout: the server's end of a COPY of a full release (11 million rows into the unique index) outlasts the
            // 30-second command timeout on a busy machine, and the import failed at its very end. Cancellation still stops it.
            importer.Timeout = TimeSpan.Zero;
            // Synchronous writes per value: they only fill Npgsql's buffer (a flush now and then), and the flows are an
            // IEnumerable read on this thread anyway; nine awaits per row cost more than the row's encoding.
            foreach (var flow in flows)
            {
                importer.StartRow();
                importer.Write(seq++, NpgsqlDbType.Bigint);
                importer.Write(flow.Nomenclature ?? "", NpgsqlDbType.Text);
                importer.Write(flow.Year, NpgsqlDbType.Integer);
                importer.Write(flow.Hs6, NpgsqlDbType.Text);
                importer.Write(flow.Exporter.Code, NpgsqlDbType.Text);
                importer.Write(flow.Importer.Code, NpgsqlDbType.Text);
                importer.Write(flow.ValueUsd, NpgsqlDbType.Double);
                if (flow.Tonnes is { } tonnes)
                {
                    importer.Write(tonnes, NpgsqlDbType.Double);
                }
                else
                {
                    importer.WriteNull();
                }
                importer.Write(flow.SourceId, NpgsqlDbType.Text);
                if ((seq & 0xFFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
            await importer.CompleteAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new DuplicateTradeFlowException(KeyOf(e.Detail));
        }
        return seq - firstSeq;
    }

    /// <summary>"(811292, HS17, 2024, CHN, USA)" from "Key (hs6, nomenclature, year, exporter, importer)=(811292, HS17, 2024, CHN, USA) already exists."</summary>
    private static string KeyOf(string? detail)
    {
        var start = detail?.IndexOf(")=(", StringComparison.Ordinal) ?? -1;
        var end = detail?.LastIndexOf(')') ?? -1;
        return start >= 0 && end > start ? detail![(start + 2)..(end + 1)] : "(key not reported by the server)";
    }

    private protected override async Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLockId})");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <remarks>
    /// READ COMMITTED after a transaction-scoped advisory lock that every Lodestone writer takes: each statement then sees
    /// every write committed before the lock was granted, and none can commit until this transaction ends.
    /// </remarks>
    private protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockForWriteAsync(connection, transaction, cancellationToken);
        return transaction;
    }

    private protected override async Task LockForWriteAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"SELECT pg_advisory_xact_lock({WriteLockId})");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <remarks>Same server, port, database and search path (a schema is a separate store: the tests give each run one).</remarks>
    private protected override bool IsSameDatabase(DbConnection connection)
    {
        var mine = new NpgsqlConnectionStringBuilder(_connectionString);
        var theirs = new NpgsqlConnectionStringBuilder(connection.ConnectionString);
        return string.Equals(mine.Host, theirs.Host, StringComparison.OrdinalIgnoreCase) && mine.Port == theirs.Port
            && string.Equals(mine.Database, theirs.Database, StringComparison.Ordinal)
            && string.Equals(mine.SearchPath, theirs.SearchPath, StringComparison.Ordinal);
    }

    /// <remarks>PostgreSQL's default READ COMMITTED would let each SELECT of a load see a different commit.</remarks>
    private protected override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);

    /// <remarks>
    /// One TRUNCATE of all tables: transactional in PostgreSQL, and unlike DELETE it leaves no dead rows for the
    /// foreign-key checks of the next write to scan.
    /// </remarks>
    private protected override Task ClearAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, "TRUNCATE " + string.Join(", ", StoreTables.All.Select(t => t.Name).Append(TradeFlowTable.Name)), cancellationToken);

    /// <remarks>Identity columns (GENERATED BY DEFAULT) do not notice explicit ids: each sequence is set after the largest id.</remarks>
    private protected override async Task ContinueIdentitiesAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var table in RawTables.WithIdentity)
        {
            await ExecuteAsync(connection, transaction,
                $"SELECT setval(pg_get_serial_sequence('{table.Name}', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM {table.Name}", cancellationToken);
        }
    }

    private protected override void SetParameterType(DbParameter parameter, ColumnType? type) =>
        ((NpgsqlParameter)parameter).NpgsqlDbType = DbType(type);

    private protected override async Task BulkInsertAsync(DbConnection connection, DbTransaction transaction,
        StoreTable table, IEnumerable<(long Seq, string Key, object?[] Values)> rows,
        CancellationToken cancellationToken)
    {
        if (!UseCopy)
        {
            await InsertRowsAsync(connection, transaction, table, rows, cancellationToken);
            return;
        }
        var columns = string.Join(", ", new[] { "seq", "fact_key" }.Concat(table.Columns.Select(c => c.Name)));
        var npgsql = (NpgsqlConnection)connection;
        try
        {
            await using var importer = await npgsql.BeginBinaryImportAsync($"COPY {table.Name} ({columns}) FROM STDIN (FORMAT BINARY)",
                cancellationToken);
            // As for trade flows: a streamed file's COPY can outlast the 30-second command timeout on a busy machine.
            importer.Timeout = TimeSpan.Zero;
            foreach (var (seq, key, values) in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(seq, NpgsqlDbType.Bigint, cancellationToken);
                await importer.WriteAsync(key, NpgsqlDbType.Text, cancellationToken);
                for (var i = 0; i < values.Length; i++)
                {
                    await WriteAsync(importer, values[i], table.Columns[i].Type, cancellationToken);
                }
            }
            await importer.CompleteAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // The server names the key: "Key (fact_key)=(…) already exists."
            throw new DuplicateKeyException([Duplicate(table, KeyOf(e.Detail)[1..^1])]);
        }
    }

    private static Task WriteAsync(NpgsqlBinaryImporter importer, object? value, ColumnType type, CancellationToken cancellationToken) =>
        value switch
        {
            null => importer.WriteNullAsync(cancellationToken),
            string s => importer.WriteAsync(s, NpgsqlDbType.Text, cancellationToken),
            int n => importer.WriteAsync(n, NpgsqlDbType.Integer, cancellationToken),
            double d => importer.WriteAsync(d, NpgsqlDbType.Double, cancellationToken),
            bool b => importer.WriteAsync(b, NpgsqlDbType.Boolean, cancellationToken),
            _ => throw new InvalidOperationException($"no COPY mapping for {value.GetType().Name} in a {type} column"),
        };

    private static NpgsqlDbType DbType(ColumnType? type) => type switch
    {
        null => NpgsqlDbType.Bigint,
        ColumnType.Text => NpgsqlDbType.Text,
        ColumnType.Integer => NpgsqlDbType.Integer,
        ColumnType.BigInt => NpgsqlDbType.Bigint,
        ColumnType.Real => NpgsqlDbType.Double,
        _ => NpgsqlDbType.Boolean,
    };
}
