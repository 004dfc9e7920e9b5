using System.Data.Common;
using Lodestone.Data.Loading;

namespace Lodestone.Data.Storage;

public abstract partial class SqlKnowledgeStore
{
    private async Task<IReadOnlyDictionary<string, int>> WriteAsync(FactSet facts, bool replace, bool dryRun, string origin, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        return await WriteAsync(connection, transaction, facts, replace, dryRun, origin, cancellationToken);
    }

    /// <summary>Reads the stored facts and writes <paramref name="change"/>'s result in place of them, in one write transaction.</summary>
    private async Task<IReadOnlyDictionary<string, int>> ReadModifyWriteAsync(Func<FactSet, FactSet> change, string origin, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var current = await ReadFactsAsync(connection, transaction, tradeCodes: null, cancellationToken);
        return await WriteAsync(connection, transaction, change(current), replace: true, dryRun: false, origin, cancellationToken);
    }

    /// <summary>Validates and writes <paramref name="facts"/> inside the caller's write transaction, committing it (or rolling it back).</summary>
    private async Task<IReadOnlyDictionary<string, int>> WriteAsync(DbConnection connection, DbTransaction transaction, FactSet facts,
        bool replace, bool dryRun, string origin, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, int> counts;
        try
        {
            counts = await WriteRowsAsync(connection, transaction, facts, [], facts.TradeFlows ?? [], replace, origin, cancellationToken);
        }
        catch (DuplicateKeyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            throw;
        }
        if (dryRun)
        {
            // The deletes of a dry-run replace are undone with everything else.
            await transaction.RollbackAsync(cancellationToken);
            return counts;
        }
        await CommitWriteAsync(transaction, cancellationToken);
        return counts;
    }

    /// <summary>As <see cref="ImportAsync"/> (or, with <paramref name="replace"/>, <see cref="ReplaceAllAsync"/>), the
    /// facts of <paramref name="streams"/> and the trade flows of <paramref name="flows"/> read one at a time as they
    /// are written, so a large file is never held in memory.</summary>
    /// <remarks>The store's unique indexes find a streamed fact or flow repeated in the input or already
    /// stored.</remarks>
    /// <param name="facts">Written first (the sources every streamed fact cites among them); keys checked before
    /// anything is written.</param>
    /// <param name="streams">Written in order after <paramref name="facts"/>, each enumerated once.</param>
    /// <param name="failed">Asked once the flows are exhausted: true when their reader found problems, so nothing is
    /// written.</param>
    /// <param name="dryRun">Run every check, then roll back.</param>
    /// <returns>Rows written (or that would be) per table, or null when <paramref name="failed"/> said so and nothing
    /// was written.</returns>
    /// <exception cref="DuplicateKeyException">A fact's or flow's key is stored already or repeated; nothing was
    /// written.</exception>
    public async Task<IReadOnlyDictionary<string, int>?> WriteStreamingAsync(FactSet facts, IReadOnlyList<FactStream> streams,
        IEnumerable<Domain.Trade.TradeFlow> flows, Func<bool> failed, bool replace, bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(streams);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        // On an exception the transaction is disposed uncommitted, which rolls it back.
        var counts = await WriteRowsAsync(connection, transaction, facts, streams, flows, replace, UserOrigin, cancellationToken);
        if (failed() || dryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
            return failed() ? null : counts;
        }
        await CommitWriteAsync(transaction, cancellationToken);
        return counts;
    }

    /// <summary>Adds <paramref name="facts"/> inside <paramref name="within"/>, a write transaction another store of this database began; commits nothing.</summary>
    /// <remarks>
    /// The knowledge base's own write lock is taken inside it (PostgreSQL; on SQLite the transaction already holds the file's
    /// write lock), so this write is serialised with every other knowledge-base writer exactly as <see cref="ImportAsync"/> is.
    /// After a <see cref="DuplicateKeyException"/> nothing has been written and the transaction can go on; the owner commits
    /// or rolls back.
    /// </remarks>
    /// <exception cref="InvalidOperationException"><paramref name="within"/> runs on another database than this store's.</exception>
    public async Task<IReadOnlyDictionary<string, int>> ImportWithinAsync(FactSet facts, WriteTransaction within, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(within);
        if (!IsSameDatabase(within.Connection))
        {
            throw new InvalidOperationException($"the transaction runs on another database than this {Backend} knowledge base: a shared write needs both stores in one database");
        }
        await LockForWriteAsync(within.Connection, within.Transaction, cancellationToken);
        return await WriteRowsAsync(within.Connection, within.Transaction, facts, [], facts.TradeFlows ?? [], replace: false, UserOrigin,
            cancellationToken);
    }

    /// <summary>True when <paramref name="connection"/> reaches the database (and schema) this store reads and writes.</summary>
    private protected abstract bool IsSameDatabase(DbConnection connection);

    /// <summary>Takes the knowledge base's write lock inside a transaction begun elsewhere (see <see cref="BeginWriteAsync"/>); SQLite needs none.</summary>
    private protected virtual Task LockForWriteAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Validates and writes <paramref name="facts"/>, then <paramref name="streams"/>, then
    /// <paramref name="flows"/> (instead of <c>facts.TradeFlows</c>) inside the caller's write transaction; neither
    /// commits nor rolls back.</summary>
    /// <exception cref="DuplicateKeyException">Before anything is written, for the keys of <paramref name="facts"/>;
    /// for a streamed fact or a trade flow, once its row meets the index.</exception>
    private async Task<IReadOnlyDictionary<string, int>> WriteRowsAsync(DbConnection connection, DbTransaction transaction, FactSet facts,
        IReadOnlyList<FactStream> streams, IEnumerable<Domain.Trade.TradeFlow> flows, bool replace, string origin,
        CancellationToken cancellationToken)
    {
        if (replace)
        {
            await ClearAsync(connection, transaction, cancellationToken);
            KillPoints.Reach(KillPoints.KnowledgeBaseCleared);
        }

        var counts = await WriteHeldAsync(connection, transaction, facts, replace, cancellationToken);
        foreach (var stream in streams)
        {
            var written = await WriteStreamAsync(connection, transaction, stream, cancellationToken);
            counts[stream.Table.Name] = counts.GetValueOrDefault(stream.Table.Name) + written;
            if (written > 0)
            {
                KillPoints.Reach(KillPoints.KnowledgeBaseTable);
            }
        }
        // Trade flows are checked by the store's unique index as they are written (a release is too large to hold its keys),
        // so a dry run writes them too and rolls back with everything else.
        try
        {
            counts[TradeFlowTable.Name] = (int)await WriteTradeFlowsAsync(connection, transaction, flows, cancellationToken);
        }
        catch (DuplicateTradeFlowException e)
        {
            throw new DuplicateKeyException([new DuplicateKey(TradeFlowTable.Name, FactFiles.TradeFlows, "hs6", e.Key, e.Key)]);
        }
        KillPoints.Reach(KillPoints.KnowledgeBaseTable);
        await SetOriginAsync(connection, transaction, origin, cancellationToken);
        return counts;
    }

    /// <summary>Checks the keys of <paramref name="facts"/> against the store's and each other, then writes them table by
    /// table.</summary>
    /// <returns>Rows written per table (every table named).</returns>
    /// <exception cref="DuplicateKeyException">Before anything is written: every key stored already or repeated.</exception>
    private async Task<Dictionary<string, int>> WriteHeldAsync(DbConnection connection, DbTransaction transaction, FactSet facts,
        bool replace, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicates = new List<DuplicateKey>();
        var pending = new List<(StoreTable Table, List<(long, string, object?[])> Rows)>();
        foreach (var table in StoreTables.All)
        {
            // A table with nothing to add reads none of its stored keys (they grow with the store).
            var existing = replace || !table.Rows(facts).Any() ? [] : await KeysAsync(connection, transaction, table, cancellationToken);
            var next = replace ? 1 : await NextSeqAsync(connection, transaction, table, cancellationToken);
            var rows = new List<(long, string, object?[])>();
            foreach (var (key, values) in table.Rows(facts))
            {
                if (existing.Add(key))
                {
                    rows.Add((next++, key, values));
                }
                else if (table != StoreTables.Sources)
                {
                    // A source is identified by its citation: the same id is the same source, so it is shared, not duplicated.
                    duplicates.Add(Duplicate(table, key));
                }
            }
            pending.Add((table, rows));
            counts[table.Name] = rows.Count;
        }
        if (duplicates.Count > 0)
        {
            throw new DuplicateKeyException(duplicates);
        }
        foreach (var (table, rows) in pending.Where(p => p.Rows.Count > 0))
        {
            await BulkInsertAsync(connection, transaction, table, rows, cancellationToken);
            KillPoints.Reach(KillPoints.KnowledgeBaseTable);
        }
        return counts;
    }

    /// <summary>Writes the facts of <paramref name="stream"/> as they are read, numbered after the stored rows; the
    /// unique index on <c>fact_key</c> finds a repeated or stored key.</summary>
    private async Task<int> WriteStreamAsync(DbConnection connection, DbTransaction transaction, FactStream stream,
        CancellationToken cancellationToken)
    {
        var next = await NextSeqAsync(connection, transaction, stream.Table, cancellationToken);
        var written = 0;
        await BulkInsertAsync(connection, transaction, stream.Table, Numbered(), cancellationToken);
        return written;

        IEnumerable<(long, string, object?[])> Numbered()
        {
            foreach (var fact in stream.Facts)
            {
                var (key, values) = stream.Table.Row(fact);
                written++;
                yield return (next++, key, values);
            }
        }
    }

    /// <summary>Commits a write transaction, with the crash tests' points just before and after (<see cref="KillPoints"/>).</summary>
    private static async Task CommitWriteAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        KillPoints.Reach(KillPoints.KnowledgeBaseBeforeCommit);
        await transaction.CommitAsync(cancellationToken);
        KillPoints.Reach(KillPoints.KnowledgeBaseAfterCommit);
    }

    /// <summary>Deletes every row of every table inside the caller's transaction (facts before the sources they cite).</summary>
    private protected virtual async Task ClearAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction, $"DELETE FROM {TradeFlowTable.Name}", cancellationToken);
        foreach (var table in StoreTables.All.Reverse())
        {
            await ExecuteAsync(connection, transaction, $"DELETE FROM {table.Name}", cancellationToken);
        }
    }

    /// <summary>The portable bulk path: one prepared INSERT, parameters rebound per row, all inside the caller's
    /// transaction.</summary>
    /// <exception cref="DuplicateKeyException">A row's key is stored already; the caller's transaction must be rolled
    /// back.</exception>
    private protected async Task InsertRowsAsync(DbConnection connection, DbTransaction transaction, StoreTable table,
        IEnumerable<(long Seq, string Key, object?[] Values)> rows, CancellationToken cancellationToken)
    {
        var names = new[] { "seq", "fact_key" }.Concat(table.Columns.Select(c => c.Name)).ToList();
        var types = new ColumnType?[] { null, ColumnType.Text }.Concat(table.Columns.Select(c => (ColumnType?)c.Type)).ToList();
        var sql = $"INSERT INTO {table.Name} ({string.Join(", ", names)}) VALUES ({string.Join(", ", names.Select((_, i) => "@p" + i))})";
        await using var command = Command(connection, transaction, sql);
        var parameters = new DbParameter[names.Count];
        for (var i = 0; i < names.Count; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = "@p" + i;
            SetParameterType(parameters[i], types[i]);
            command.Parameters.Add(parameters[i]);
        }
        await command.PrepareAsync(cancellationToken);
        foreach (var (seq, key, values) in rows)
        {
            parameters[0].Value = seq;
            parameters[1].Value = key;
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i + 2].Value = values[i] ?? DBNull.Value;
            }
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (DbException e) when (IsUniqueViolation(e))
            {
                throw new DuplicateKeyException([Duplicate(table, key)]);
            }
        }
    }

    /// <summary>The duplicate of <paramref name="key"/> in <paramref name="table"/>, for a
    /// <see cref="DuplicateKeyException"/>.</summary>
    private protected static DuplicateKey Duplicate(StoreTable table, string key) =>
        new(table.Name, table.File, table.KeyField, key, FactKeys.Describe(key));

    private async Task<HashSet<string>> KeysAsync(DbConnection connection, DbTransaction transaction, StoreTable table, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await using var command = Command(connection, transaction, $"SELECT fact_key FROM {table.Name}");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetString(0));
        }
        return keys;
    }

    private async Task<long> NextSeqAsync(DbConnection connection, DbTransaction transaction, StoreTable table, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"SELECT COALESCE(MAX(seq), 0) FROM {table.Name}");
        var max = await command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt64(max, System.Globalization.CultureInfo.InvariantCulture) + 1;
    }
}
