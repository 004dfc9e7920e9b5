using Lodestone.Data.Loading;
using Lodestone.Domain.KnowledgeBase;

namespace Lodestone.Data.Storage;

/// <summary>A persistent knowledge base: sources and every fact, in SQLite or PostgreSQL, behind one contract.</summary>
/// <remarks>
/// Reference catalogues (commodities, countries, reference sources) are not stored: they come from the data
/// directory's <c>reference/</c> files, so a store can never disagree with the names facts were validated against.
/// Every write is one transaction: it either applies completely or leaves the store exactly as it was.
/// </remarks>
public interface IKnowledgeStore
{
    /// <summary>Which database this store talks to ("sqlite" or "postgres").</summary>
    string Backend { get; }

    /// <summary>Creates or upgrades the schema to the newest migration; safe to call any number of times.</summary>
    /// <returns>The schema version after the call.</returns>
    Task<int> MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>True when the store holds no source and no fact.</summary>
    Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default);

    /// <summary>Every stored source and fact, in insertion order.</summary>
    Task<FactSet> LoadFactsAsync(CancellationToken cancellationToken = default);

    /// <summary>The stored facts joined with the reference catalogues: the snapshot every computation reads.</summary>
    Task<Dataset> LoadAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds <paramref name="facts"/> in one transaction.</summary>
    /// <returns>Rows written per table (sources already present by id are not rewritten and not counted).</returns>
    /// <exception cref="DuplicateKeyException">A fact's key is already stored or repeated in <paramref name="facts"/>; nothing is written.</exception>
    Task<IReadOnlyDictionary<string, int>> ImportAsync(FactSet facts, CancellationToken cancellationToken = default);

    /// <summary>Adds <paramref name="facts"/> inside <paramref name="within"/>, a write transaction another store of the same database
    /// began, so they commit (or roll back) with that store's writes; this call commits nothing.</summary>
    /// <returns>Rows written per table.</returns>
    /// <exception cref="DuplicateKeyException">A fact's key is already stored; nothing was written and the transaction can go on.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="within"/> runs on another database than this store's.</exception>
    Task<IReadOnlyDictionary<string, int>> ImportWithinAsync(FactSet facts, WriteTransaction within, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="ImportAsync"/> (or, with <paramref name="replace"/>, <see cref="ReplaceAllAsync"/>), with
    /// the facts of <paramref name="streams"/> and the trade flows of <paramref name="flows"/> read lazily while they
    /// are written: memory stays flat in their number.</summary>
    /// <param name="facts">Written first: the sources the streamed facts cite, and any facts held in memory.</param>
    /// <param name="streams">Each table's facts, read once while written; a key repeated or already stored is found by
    /// the store's index.</param>
    /// <param name="failed">Asked once the flows are exhausted: true when their reader found problems, so nothing is
    /// written.</param>
    /// <param name="dryRun">Run every check, then roll back.</param>
    /// <returns>Rows written (or that would be) per table, or null when <paramref name="failed"/> said so and nothing
    /// was written.</returns>
    /// <exception cref="DuplicateKeyException">A fact's or flow's key is stored already or repeated; nothing was
    /// written.</exception>
    Task<IReadOnlyDictionary<string, int>?> WriteStreamingAsync(FactSet facts, IReadOnlyList<FactStream> streams,
        IEnumerable<Domain.Trade.TradeFlow> flows, Func<bool> failed, bool replace, bool dryRun, CancellationToken cancellationToken = default);

    /// <summary>Runs every check of <see cref="ImportAsync"/> (or of <see cref="ReplaceAllAsync"/>) and writes nothing.</summary>
    /// <returns>Rows that would be written per table.</returns>
    /// <exception cref="DuplicateKeyException">As <see cref="ImportAsync"/>.</exception>
    Task<IReadOnlyDictionary<string, int>> CheckImportAsync(FactSet facts, bool replace, CancellationToken cancellationToken = default);

    /// <summary>Replaces the whole content with <paramref name="facts"/> in one transaction.</summary>
    /// <returns>Rows written per table.</returns>
    Task<IReadOnlyDictionary<string, int>> ReplaceAllAsync(FactSet facts, CancellationToken cancellationToken = default);

    /// <summary>Reads the stored facts, passes them to <paramref name="change"/> and stores its result in their place, all in one transaction.</summary>
    /// <remarks>
    /// The read and the write are one write transaction and writers are serialised, so an import committed by another
    /// process while <paramref name="change"/> runs cannot be lost: it either commits before the read (and is seen) or
    /// waits until this write commits. <paramref name="change"/> must be a pure function of its input.
    /// </remarks>
    /// <returns>Rows written per table.</returns>
    Task<IReadOnlyDictionary<string, int>> UpdateAsync(Func<FactSet, FactSet> change, CancellationToken cancellationToken = default);
}
