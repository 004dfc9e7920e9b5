using System.Data.Common;
using System.Runtime.CompilerServices;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;

namespace Lodestone.Data.Storage;

public abstract partial class SqlKnowledgeStore
{
    /// <summary>Streams <paramref name="flows"/> into the store in one transaction, replacing the stored flows of every nomenclature
    /// and year they hold; nothing is written (and nothing replaced) unless every flow is good.</summary>
    /// <remarks>
    /// The rule of <c>data import-baci</c> (docs/trade.md): a release's file of a year supersedes what the store holds of that HS
    /// revision and year (an earlier release, or the shipped extract of the same one); other years and revisions are untouched.
    /// The stored flows of a (nomenclature, year) are deleted just before the first input flow of it is written, inside the same
    /// transaction as the writes, so readers see the store before or after the whole import, never between.
    /// </remarks>
    /// <param name="sources">The sources the flows cite (added when their id is not stored yet).</param>
    /// <param name="flows">Read lazily, one flow at a time: memory stays flat in the input's size.</param>
    /// <param name="failed">Asked once the flows are exhausted: true when the reader found problems, so the write is rolled back.</param>
    /// <param name="dryRun">Run every check, then roll back.</param>
    /// <returns>Flows written (or that would be written) and replaced, or null when <paramref name="failed"/> said so and nothing was written.</returns>
    /// <exception cref="DuplicateTradeFlowException">A flow's key repeats in the input; nothing was written.</exception>
    internal async Task<TradeFlowImport?> ImportTradeFlowsAsync(IReadOnlyList<Source> sources, IEnumerable<TradeFlow> flows, Func<bool> failed, bool dryRun,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await AddMissingSourcesAsync(connection, transaction, sources, cancellationToken);
        var replaced = new List<ReplacedTradeFlows>();
        var written = await ReplaceTradeFlowsAsync(connection, transaction, flows, await NextTradeSeqAsync(connection, transaction, cancellationToken),
            replaced, cancellationToken);
        if (failed() || dryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
            return failed() ? null : new TradeFlowImport(written, replaced);
        }
        await SetOriginAsync(connection, transaction, UserOrigin, cancellationToken);
        await CommitWriteAsync(transaction, cancellationToken);
        return new TradeFlowImport(written, replaced);
    }

    /// <summary>Every stored flow (or those of <paramref name="hs6"/>), in insertion order, read one at a time.</summary>
    public async IAsyncEnumerable<TradeFlow> ReadTradeFlowsAsync(IReadOnlyCollection<string>? hs6 = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await BeginSnapshotAsync(connection, cancellationToken);
        await using var command = Command(connection, transaction, TradeFlowTable.SelectSql(hs6));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var codes = new Dictionary<string, Iso3>(StringComparer.Ordinal);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return TradeFlowTable.Read(reader, codes, strings);
        }
    }

    /// <summary>Number of stored flows.</summary>
    public async Task<long> CountTradeFlowsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"SELECT COUNT(*) FROM {TradeFlowTable.Name}");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Writes flows inside the caller's transaction, numbering them after the stored ones.</summary>
    /// <exception cref="DuplicateTradeFlowException">A key collides; the caller's transaction must be rolled back.</exception>
    private protected async Task<long> WriteTradeFlowsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<TradeFlow> flows,
        CancellationToken cancellationToken) =>
        await BulkInsertTradeFlowsAsync(connection, transaction, flows, await NextTradeSeqAsync(connection, transaction, cancellationToken), cancellationToken);

    /// <summary>Writes flows inside the caller's transaction, each (nomenclature, year) they hold deleting the stored flows of it
    /// (those numbered before <paramref name="firstSeq"/>) just before its first flow is written.</summary>
    /// <param name="replaced">Receives, per (nomenclature, year) in the order first met, the stored flows deleted.</param>
    /// <remarks>The portable path: per (nomenclature, year), one DELETE, then the backend's bulk insert (PostgreSQL: one COPY) of
    /// its flows. A file of one year is one DELETE and one COPY.</remarks>
    /// <exception cref="DuplicateTradeFlowException">A key repeats in the input; the caller's transaction must be rolled back.</exception>
    private protected virtual async Task<long> ReplaceTradeFlowsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<TradeFlow> flows,
        long firstSeq, ICollection<ReplacedTradeFlows> replaced, CancellationToken cancellationToken)
    {
        using var years = new TradeFlowYears(flows);
        var written = 0L;
        while (years.Next is { } key)
        {
            await using (var delete = Command(connection, transaction,
                $"DELETE FROM {TradeFlowTable.Name} WHERE nomenclature = @nomenclature AND year = @year AND seq < @first"))
            {
                AddParameter(delete, "@nomenclature", key.Nomenclature, ColumnType.Text);
                AddParameter(delete, "@year", key.Year, ColumnType.Integer);
                AddParameter(delete, "@first", firstSeq, ColumnType.BigInt);
                replaced.Add(new ReplacedTradeFlows(key.Nomenclature, key.Year, await delete.ExecuteNonQueryAsync(cancellationToken)));
            }
            written += await BulkInsertTradeFlowsAsync(connection, transaction, years.Segment(), firstSeq + written, cancellationToken);
        }
        return written;
    }

    private async Task<long> NextTradeSeqAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var max = Command(connection, transaction, $"SELECT COALESCE(MAX(seq), 0) FROM {TradeFlowTable.Name}");
        return Convert.ToInt64(await max.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) + 1;
    }

    /// <summary>The portable path: one prepared INSERT, parameters rebound per flow; a unique violation names the flow being inserted.</summary>
    private protected virtual async Task<long> BulkInsertTradeFlowsAsync(DbConnection connection, DbTransaction transaction, IEnumerable<TradeFlow> flows,
        long firstSeq, CancellationToken cancellationToken)
    {
        var columns = TradeFlowTable.Columns;
        var sql = $"INSERT INTO {TradeFlowTable.Name} (seq, {string.Join(", ", columns.Select(c => c.Name))}) VALUES (@p0, "
            + string.Join(", ", columns.Select((_, i) => "@p" + (i + 1))) + ")";
        await using var command = Command(connection, transaction, sql);
        var parameters = new DbParameter[columns.Count + 1];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = "@p" + i;
            SetParameterType(parameters[i], i == 0 ? null : columns[i - 1].Type);
            command.Parameters.Add(parameters[i]);
        }
        await command.PrepareAsync(cancellationToken);
        var seq = firstSeq;
        foreach (var flow in flows)
        {
            parameters[0].Value = seq;
            var values = TradeFlowTable.Values(flow);
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i + 1].Value = values[i] ?? DBNull.Value;
            }
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (DbException e) when (IsUniqueViolation(e))
            {
                throw new DuplicateTradeFlowException(TradeFlowTable.Describe(flow));
            }
            seq++;
        }
        return seq - firstSeq;
    }

    /// <summary>True when <paramref name="exception"/> is the backend's unique-constraint violation.</summary>
    private protected abstract bool IsUniqueViolation(DbException exception);

    private async Task<List<TradeFlow>> LoadTradeFlowsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string>? hs6,
        CancellationToken cancellationToken)
    {
        var flows = new List<TradeFlow>();
        if (hs6 is { Count: 0 })
        {
            return flows;
        }
        await using var command = Command(connection, transaction, TradeFlowTable.SelectSql(hs6));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var codes = new Dictionary<string, Iso3>(StringComparer.Ordinal);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            flows.Add(TradeFlowTable.Read(reader, codes, strings));
        }
        return flows;
    }

    private async Task AddMissingSourcesAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Source> sources,
        CancellationToken cancellationToken)
    {
        var stored = await KeysAsync(connection, transaction, StoreTables.Sources, cancellationToken);
        var next = await NextSeqAsync(connection, transaction, StoreTables.Sources, cancellationToken);
        var rows = StoreTables.Sources.Rows(Loading.FactSet.Empty with { Sources = sources })
            .Where(r => stored.Add(r.Key)).Select(r => (next++, r.Key, r.Values)).ToList();
        if (rows.Count > 0)
        {
            await BulkInsertAsync(connection, transaction, StoreTables.Sources, rows, cancellationToken);
        }
    }
}
