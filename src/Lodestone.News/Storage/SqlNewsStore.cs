using System.Data;
using System.Data.Common;
using System.Globalization;
using Lodestone.Data.Storage;
using Lodestone.News.Ingestion;

namespace Lodestone.News.Storage;

/// <summary>The ADO.NET news store shared by SQLite and PostgreSQL: one SQL text for both, the backends differ only in how a write transaction begins.</summary>
/// <remarks>
/// <para>The tables come from the one migration history of <c>Lodestone.Data</c> (<c>0004_news</c>): open a store through
/// <see cref="NewsStores"/>, which migrates first. One connection per store: a store is not shared between threads (the web
/// app opens one per request).</para>
/// <para>Every write runs in <see cref="InTransaction{T}"/> (a write method called outside one gets its own), and every
/// write transaction bumps <c>news_generation</c> before it commits, so <see cref="ChangedElsewhere"/> sees another
/// connection's commits on both backends.</para>
/// </remarks>
public abstract partial class SqlNewsStore : INewsStore
{
    private readonly DbConnection _connection;
    private DbTransaction? _transaction;
    private long _generation;

    /// <param name="connection">An open connection to a migrated database; the store owns and disposes it.</param>
    protected SqlNewsStore(DbConnection connection)
    {
        _connection = connection;
        _generation = Generation();
    }

    /// <summary>The store's connection, for tests that count the database work its statements do.</summary>
    internal DbConnection Connection => _connection;

    /// <summary>"sqlite" or "postgres", as <see cref="Data.Storage.IKnowledgeStore.Backend"/>.</summary>
    public abstract string Backend { get; }

    /// <summary>Begins a write transaction that serialises writers: the duplicate check of an ingest and its insert cannot interleave with another writer's.</summary>
    protected abstract DbTransaction BeginWrite(DbConnection connection);

    /// <remarks>Nested calls join the outer transaction; only the outermost one bumps the generation and commits.</remarks>
    public T InTransaction<T>(Func<T> work)
    {
        if (_transaction is not null)
        {
            var inner = work();
            KillPoints.Reach(KillPoints.NewsWrite);
            return inner;
        }
        _transaction = BeginWrite(_connection);
        try
        {
            var result = work();
            Commit();
            return result;
        }
        finally
        {
            _transaction.Dispose();
            _transaction = null;
        }
    }

    /// <remarks>Nested calls join the outer transaction, like <see cref="InTransaction{T}"/>.</remarks>
    public async Task<T> InTransactionAsync<T>(Func<WriteTransaction, Task<T>> work)
    {
        if (_transaction is not null)
        {
            return await work(new WriteTransaction(_connection, _transaction));
        }
        _transaction = BeginWrite(_connection);
        try
        {
            var result = await work(new WriteTransaction(_connection, _transaction));
            Commit();
            return result;
        }
        finally
        {
            _transaction.Dispose();
            _transaction = null;
        }
    }

    /// <summary>Bumps the generation and commits the open write transaction.</summary>
    private void Commit()
    {
        using var bump = Command("UPDATE news_generation SET value = value + 1 WHERE id = 1 RETURNING value");
        var generation = Convert.ToInt64(bump.ExecuteScalar(), CultureInfo.InvariantCulture);
        KillPoints.Reach(KillPoints.NewsBeforeCommit);
        _transaction!.Commit();
        KillPoints.Reach(KillPoints.NewsAfterCommit);
        _generation = generation;
    }

    public bool ChangedElsewhere()
    {
        var generation = Generation();
        var changed = generation != _generation;
        _generation = generation;
        return changed;
    }

    private long Generation()
    {
        using var command = Command("SELECT value FROM news_generation WHERE id = 1");
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public long? TryAddArticle(ArticleDocument document, DateTimeOffset ingestedAt) => InTransaction(() =>
    {
        // Credentials in a URL served their fetch; they are never stored (and so never served).
        document = UrlCredentials.Strip(document);
        var canonical = document.CanonicalUrl;
        var hash = document.ContentHash;
        using (var check = Command("SELECT COUNT(*) FROM news_articles WHERE content_hash = @h OR (canonical_url IS NOT NULL AND canonical_url = @u)"))
        {
            Add(check, "@h", hash);
            Add(check, "@u", canonical);
            if (Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) > 0)
            {
                return (long?)null;
            }
        }
        using var insert = Command("""
            INSERT INTO news_articles (location, url, canonical_url, content_hash, title, published, body, ingested_at)
            VALUES (@l, @url, @u, @h, @t, @p, @b, @at) RETURNING id
            """);
        Add(insert, "@l", document.Location);
        Add(insert, "@url", document.Url);
        Add(insert, "@u", canonical);
        Add(insert, "@h", hash);
        Add(insert, "@t", document.Title);
        Add(insert, "@p", document.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(insert, "@b", document.Text);
        Add(insert, "@at", ingestedAt.ToString("O", CultureInfo.InvariantCulture));
        return Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
    });

    public StoredArticle? Article(long id)
    {
        using var select = Command("SELECT id, location, url, title, published, content_hash, body FROM news_articles WHERE id = @id");
        Add(select, "@id", id);
        using var reader = select.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }
        var published = NullableString(reader, 4) is { } p && DateOnly.TryParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        return new StoredArticle(reader.GetInt64(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3), published, reader.GetString(5), reader.GetString(6));
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Closes the connection (an open write transaction is rolled back with it).</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _transaction?.Dispose();
            _connection.Dispose();
        }
    }

    /// <summary>A command on the store's connection, inside the open write transaction if there is one.</summary>
    protected DbCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        return command;
    }

    /// <summary>Runs <paramref name="sql"/> (no parameters) on the store's connection.</summary>
    protected void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    /// <summary>Binds a typed parameter (a null becomes SQL NULL of that type, which PostgreSQL needs to plan <c>@x IS NULL</c>).</summary>
    private static void Add(DbCommand command, string name, string? value) => Add(command, name, value, DbType.String);

    private static void Add(DbCommand command, string name, long value) => Add(command, name, value, DbType.Int64);

    private static void Add(DbCommand command, string name, int? value) => Add(command, name, value, DbType.Int32);

    private static void Add(DbCommand command, string name, object? value, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private static string? NullableString(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
