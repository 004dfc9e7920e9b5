using System.Data.Common;
using System.Globalization;

namespace Lodestone.Data.Storage;

/// <summary>The store's bookkeeping in <c>store_meta</c>: where its content came from, and a revision every write advances.</summary>
/// <remarks>
/// The revision lets a long-running reader (a <c>serve</c> process) notice that another process wrote the knowledge base — a
/// <c>data import</c>, an accepted proposal, a seed — with one cheap query, instead of re-reading every table on a timer.
/// </remarks>
public abstract partial class SqlKnowledgeStore
{
    /// <summary>Where the content came from: <c>seed:FINGERPRINT</c>, <c>user</c>, or null when never written.</summary>
    public async Task<string?> OriginAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT value FROM store_meta WHERE key = 'origin'");
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>The number of committed writes to the knowledge base (0 for a store never written since revisions were kept).</summary>
    /// <remarks>Every write transaction advances it by one before it commits, so two reads that return the same revision saw the same facts.</remarks>
    public async Task<long> RevisionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await RevisionAsync(connection, null, cancellationToken);
    }

    private async Task<long> RevisionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT value FROM store_meta WHERE key = 'revision'");
        return await command.ExecuteScalarAsync(cancellationToken) is string value
            ? long.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture)
            : 0;
    }

    /// <summary>Records where the content came from and advances the revision, inside the write's own transaction.</summary>
    /// <remarks>Called by every write path; writers are serialised (see <see cref="BeginWriteAsync"/>), so the read-then-write of the revision cannot interleave.</remarks>
    private async Task SetOriginAsync(DbConnection connection, DbTransaction transaction, string origin, CancellationToken cancellationToken)
    {
        var revision = await RevisionAsync(connection, transaction, cancellationToken) + 1;
        await ExecuteAsync(connection, transaction, "DELETE FROM store_meta WHERE key IN ('origin', 'revision')", cancellationToken);
        await using var meta = Command(connection, transaction,
            "INSERT INTO store_meta (key, value) VALUES ('origin', @origin), ('revision', @revision)");
        AddParameter(meta, "@origin", origin, ColumnType.Text);
        AddParameter(meta, "@revision", revision.ToString(CultureInfo.InvariantCulture), ColumnType.Text);
        await meta.ExecuteNonQueryAsync(cancellationToken);
    }
}
