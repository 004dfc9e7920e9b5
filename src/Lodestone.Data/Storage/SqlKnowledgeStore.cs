using System.Data.Common;
using System.Globalization;
using Lodestone.Data.Loading;
using Lodestone.Domain.KnowledgeBase;

namespace Lodestone.Data.Storage;

/// <summary>The ADO.NET implementation of <see cref="IKnowledgeStore"/> shared by SQLite and PostgreSQL.</summary>
/// <remarks>
/// Backends differ only in how they connect, lock for migration and bulk-write rows; schema, keys, reads and
/// transactions are the same code. Each public operation opens its own connection and runs in one transaction.
/// </remarks>
public abstract partial class SqlKnowledgeStore : IKnowledgeStore
{
    private readonly Lazy<ReferenceData> _reference;
    private readonly Lazy<FactSet> _companion;
    private readonly TimeProvider _clock;

    /// <param name="dataDirectory">The data directory whose <c>reference/</c> files give the catalogues.</param>
    /// <param name="clock">Stamps <c>schema_version.applied_at</c>.</param>
    private protected SqlKnowledgeStore(string dataDirectory, TimeProvider? clock)
    {
        DataDirectory = dataDirectory;
        _reference = new Lazy<ReferenceData>(() => DatasetLoader.LoadReference(dataDirectory));
        _companion = new Lazy<FactSet>(() => DatasetLoader.LoadCompanion(dataDirectory, Reference));
        _clock = clock ?? TimeProvider.System;
    }

    public abstract string Backend { get; }

    /// <summary>The data directory whose <c>reference/</c> files give the catalogues.</summary>
    public string DataDirectory { get; }

    /// <summary>The reference catalogues facts are joined with on load.</summary>
    public ReferenceData Reference => _reference.Value;

    private protected abstract DbConnection CreateConnection();

    /// <summary>Serialises concurrent migrations (PostgreSQL: an advisory lock; SQLite: the write lock of the transaction).</summary>
    private protected virtual Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Writes rows (seq, fact_key, columns…) of <paramref name="table"/>; the default is one prepared INSERT
    /// reused per row.</summary>
    /// <exception cref="DuplicateKeyException">A row's key is stored already (or earlier in <paramref name="rows"/>);
    /// the caller's transaction must be rolled back.</exception>
    private protected virtual Task BulkInsertAsync(DbConnection connection, DbTransaction transaction, StoreTable table,
        IEnumerable<(long Seq, string Key, object?[] Values)> rows, CancellationToken cancellationToken) =>
        InsertRowsAsync(connection, transaction, table, rows, cancellationToken);

    /// <summary>Begins the transaction of a write: writers are serialised, so what a write reads stays true until it commits.</summary>
    /// <remarks>
    /// SQLite takes the write lock at BEGIN (IMMEDIATE); PostgreSQL takes a transaction-scoped advisory lock that every
    /// Lodestone writer takes, so a read-modify-write (<see cref="IKnowledgeStore.UpdateAsync"/>) never overwrites a concurrent import.
    /// </remarks>
    private protected virtual async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    /// <summary>A read transaction in which every table is seen at one point in time (a load never mixes two imports).</summary>
    private protected virtual async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    /// <summary>Binds one parameter's type for <paramref name="type"/>, so a prepared command has stable types.</summary>
    private protected abstract void SetParameterType(DbParameter parameter, ColumnType? type);

    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var known = Migrations.Latest(Backend);
        // A store already at this build's version (every command after the first) needs one read: no DDL, no
        // transaction, no lock. The version rows commit with their migrations, so the newest one means every migration is
        // in place.
        var current = await CurrentVersionAsync(connection, null, cancellationToken);
        if (current >= known)
        {
            return RefuseNewer(current, known);
        }
        await ExecuteAsync(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockForMigrationAsync(connection, transaction, cancellationToken);
        current = RefuseNewer(await CurrentVersionAsync(connection, transaction, cancellationToken), known);
        foreach (var migration in Migrations.For(Backend).Where(m => m.Version > current))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = Command(connection, transaction,
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @applied_at)");
            AddParameter(record, "@version", migration.Version, ColumnType.Integer);
            AddParameter(record, "@name", migration.Name, ColumnType.Text);
            AddParameter(record, "@applied_at", _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture), ColumnType.Text);
            await record.ExecuteNonQueryAsync(cancellationToken);
            current = migration.Version;
        }
        await transaction.CommitAsync(cancellationToken);
        return current;
    }

    /// <summary>Returns <paramref name="current"/>, or refuses a store a newer build migrated.</summary>
    /// <remarks>Its tables hold facts this build does not know (and cannot clear or re-seed without breaking their
    /// references), so it is refused rather than misread or half-rewritten.</remarks>
    private static int RefuseNewer(int current, int known) => current <= known
        ? current
        : throw new StoreUnavailableException($"the store's schema is version {current}, newer than this build's "
            + $"{known}: open it with a newer Lodestone, or use another --db");

    /// <summary>The schema version recorded in the database (0 before any migration).</summary>
    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await CurrentVersionAsync(connection, null, cancellationToken);
    }

    /// <summary>The column names of <paramref name="table"/> as the database reports them, in order.</summary>
    /// <remarks>Portable (an empty SELECT *), so one test checks the migrations against <see cref="StoreTables"/> on both backends.</remarks>
    internal Task<IReadOnlyList<string>> ColumnNamesAsync(StoreTable table, CancellationToken cancellationToken = default) =>
        ColumnNamesAsync(table.Name, cancellationToken);

    /// <summary>The column names of the table called <paramref name="table"/> (a name from the code, never user input).</summary>
    public async Task<IReadOnlyList<string>> ColumnNamesAsync(string table, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT * FROM {table} LIMIT 0");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var table in StoreTables.All)
        {
            await using var command = Command(connection, null, $"SELECT 1 FROM {table.Name} LIMIT 1");
            if (await command.ExecuteScalarAsync(cancellationToken) is not null)
            {
                return false;
            }
        }
        await using var trade = Command(connection, null, $"SELECT 1 FROM {TradeFlowTable.Name} LIMIT 1");
        return await trade.ExecuteScalarAsync(cancellationToken) is null;
    }

    /// <remarks>Every trade flow too: for an export or a copy. A computation reads <see cref="LoadAsync"/>, which holds only the mapped codes' flows.</remarks>
    public Task<FactSet> LoadFactsAsync(CancellationToken cancellationToken = default) => LoadFactsAsync(tradeCodes: null, cancellationToken);

    /// <param name="tradeCodes">HS6 codes whose flows are read; null for every flow.</param>
    private async Task<FactSet> LoadFactsAsync(IReadOnlyCollection<string>? tradeCodes, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginSnapshotAsync(connection, cancellationToken);
        var facts = await ReadFactsAsync(connection, transaction, tradeCodes, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return facts;
    }

    /// <summary>Every stored fact as <paramref name="transaction"/> sees it (trade flows of <paramref name="tradeCodes"/>, or all when null).</summary>
    private async Task<FactSet> ReadFactsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string>? tradeCodes,
        CancellationToken cancellationToken)
    {
        var facts = FactSet.Empty;
        foreach (var table in StoreTables.All)
        {
            var columns = string.Join(", ", table.Columns.Select(c => c.Name));
            await using var command = Command(connection, transaction, $"SELECT {columns} FROM {table.Name} ORDER BY seq");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var row = new RowReader(reader);
            var rows = new List<object>();
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(table.Read(row));
            }
            facts = table.With(facts, rows);
        }
        facts = facts with { TradeFlows = await LoadTradeFlowsAsync(connection, transaction, tradeCodes, cancellationToken) };
        return facts;
    }

    /// <remarks>
    /// The snapshot holds the trade flows of the codes <c>reference/hs_codes.csv</c> maps, in the nomenclature it maps them in
    /// (a flow of an unmapped code carries no commodity, so no computation could use it); the rest of a full BACI release stays
    /// in the store's <c>trade_flows</c> table. See docs/trade.md for the measurements behind this choice.
    /// </remarks>
    public async Task<Dataset> LoadAsync(CancellationToken cancellationToken = default)
    {
        var mapped = (Reference.HsCodes ?? []).Select(c => (c.Nomenclature, c.Hs6)).ToHashSet();
        var loaded = await LoadFactsAsync(mapped.Select(m => m.Hs6).ToHashSet(StringComparer.Ordinal), cancellationToken);
        var facts = loaded with { TradeFlows = loaded.TradeFlows!.Where(f => mapped.Contains((f.Nomenclature ?? "", f.Hs6))).ToList() };
        var companion = _companion.Value;
        // The companion tables live in the data directory, like the catalogues (see FactFiles.Companion).
        return (facts with
        {
            Governance = companion.Governance,
            Ownership = companion.Ownership,
            TransitRoutes = companion.TransitRoutes,
            PublishedRisk = companion.PublishedRisk,
            Sources = [.. facts.Sources, .. companion.Sources.Where(s => facts.Sources.All(f => f.Id != s.Id))],
        }).ToDataset(Reference);
    }

    /// <summary>The origin of <see cref="OriginAsync"/> after any import or replace by a user.</summary>
    public const string UserOrigin = "user";

    public Task<IReadOnlyDictionary<string, int>> ImportAsync(FactSet facts, CancellationToken cancellationToken = default) =>
        WriteAsync(facts, replace: false, dryRun: false, UserOrigin, cancellationToken);

    public Task<IReadOnlyDictionary<string, int>> ReplaceAllAsync(FactSet facts, CancellationToken cancellationToken = default) =>
        WriteAsync(facts, replace: true, dryRun: false, UserOrigin, cancellationToken);

    public Task<IReadOnlyDictionary<string, int>> CheckImportAsync(FactSet facts, bool replace, CancellationToken cancellationToken = default) =>
        WriteAsync(facts, replace, dryRun: true, UserOrigin, cancellationToken);

    public Task<IReadOnlyDictionary<string, int>> UpdateAsync(Func<FactSet, FactSet> change, CancellationToken cancellationToken = default) =>
        ReadModifyWriteAsync(change, UserOrigin, cancellationToken);

    /// <summary>Replaces the content with the shipped dataset and records it as <c>seed:</c><paramref name="fingerprint"/>.</summary>
    public Task<IReadOnlyDictionary<string, int>> SeedAsync(FactSet facts, string fingerprint, CancellationToken cancellationToken = default) =>
        WriteAsync(facts, replace: true, dryRun: false, "seed:" + fingerprint, cancellationToken);
}
