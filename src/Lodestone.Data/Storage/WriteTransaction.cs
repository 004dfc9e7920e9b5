using System.Data.Common;

namespace Lodestone.Data.Storage;

/// <summary>An open write transaction on a Lodestone database, begun by one store and lent to another store of the same database
/// so that both write in it and commit together (a proposal accept: the news store's mark and the knowledge base's record).</summary>
/// <remarks>
/// The store that began it commits or rolls it back; a store writing inside it does neither. It was begun as a writer
/// (SQLite <c>BEGIN IMMEDIATE</c>, so the file's write lock is held; PostgreSQL at READ COMMITTED): each store still takes its
/// own PostgreSQL write lock inside it, so it stays serialised with that store's other writers.
/// </remarks>
/// <param name="Connection">The open connection the transaction runs on.</param>
/// <param name="Transaction">The transaction every command must join.</param>
public sealed record WriteTransaction(DbConnection Connection, DbTransaction Transaction);
