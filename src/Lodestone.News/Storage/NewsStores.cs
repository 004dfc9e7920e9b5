using Lodestone.Data.Storage;

namespace Lodestone.News.Storage;

/// <summary>Opens the news store of a <c>--db</c> target: the SQLite file or the PostgreSQL database the knowledge base lives in.</summary>
/// <remarks>
/// The news tables belong to the one migration history of <c>Lodestone.Data</c> (<c>0004_news</c>), so opening migrates the
/// whole schema first, exactly as opening the knowledge base does. <see cref="Connect"/> skips that, for a server that
/// migrated once at start and opens a store per request.
/// </remarks>
public static class NewsStores
{
    /// <summary>Migrates <paramref name="db"/> (a <c>--db</c> value: path, postgres:// URL or connection string; null for LODESTONE_DB or the default file) and opens its news store.</summary>
    /// <remarks>Synchronous over the asynchronous migration: for tests and tools without a synchronisation context.</remarks>
    public static SqlNewsStore Open(string? db) => OpenAsync(StoreTarget.Resolve(db), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Migrates <paramref name="target"/> to the newest schema and opens its news store.</summary>
    /// <exception cref="StoreUnavailableException">The database cannot be reached or migrated.</exception>
    public static async Task<SqlNewsStore> OpenAsync(StoreTarget target, CancellationToken cancellationToken)
    {
        await MigrateAsync(target, cancellationToken);
        return Connect(target);
    }

    /// <summary>Migrates <paramref name="target"/> (knowledge base, news and every other table) to the newest schema.</summary>
    public static Task MigrateAsync(StoreTarget target, CancellationToken cancellationToken) =>
        StoreMigration.MigrateAsync(target, null, cancellationToken);

    /// <summary>An opener for a server that opens a store per request: the first call that succeeds migrates, every call connects.</summary>
    /// <remarks>A failed migration (database down) is tried again on the next call instead of being remembered.</remarks>
    public static Func<SqlNewsStore> MigratingOpener(StoreTarget target)
    {
        var migrated = 0;
        return () =>
        {
            if (Volatile.Read(ref migrated) == 0)
            {
                MigrateAsync(target, CancellationToken.None).GetAwaiter().GetResult();
                Volatile.Write(ref migrated, 1);
            }
            return Connect(target);
        };
    }

    /// <summary>Opens the news store of an already migrated <paramref name="target"/>.</summary>
    public static SqlNewsStore Connect(StoreTarget target) => target.Backend switch
    {
        StoreBackend.Postgres => new PostgresNewsStore(target.Location),
        _ => new SqliteNewsStore(EnsureDirectory(target.Location)),
    };

    private static string EnsureDirectory(string path)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }
        return path;
    }
}
