using Lodestone.Data.Loading;
using Lodestone.Data.Storage;
using Lodestone.Domain.KnowledgeBase;

namespace Lodestone.Data;

/// <summary>Resolves <c>--db</c> / LODESTONE_DB to a knowledge store and returns its snapshot.</summary>
/// <remarks>
/// The default is a SQLite file at <see cref="DataPaths.DefaultDatabasePath"/>. A store found empty is seeded from
/// <see cref="DataPaths.DefaultDataDirectory"/> in one transaction, so the first run of any command works offline. A store
/// seeded from other shipped data (its recorded fingerprint differs) is re-seeded; once a user imports or replaces
/// anything, the store is theirs and is never re-seeded.
/// </remarks>
public static class KnowledgeBaseOpener
{
    /// <summary>Opens (migrating and seeding as needed) the store named by <paramref name="db"/> and loads its snapshot.</summary>
    /// <exception cref="StoreUnavailableException">The store cannot be reached or migrated.</exception>
    public static async Task<Dataset> OpenAsync(string? db, CancellationToken cancellationToken)
    {
        var store = await OpenStoreAsync(db, seedIfEmpty: true, cancellationToken);
        return await store.LoadAsync(cancellationToken);
    }

    /// <summary>Opens the store itself (for the data commands): resolved, migrated, and seeded when empty if asked.</summary>
    public static async Task<SqlKnowledgeStore> OpenStoreAsync(string? db, bool seedIfEmpty, CancellationToken cancellationToken)
    {
        StoreTarget target;
        try
        {
            target = StoreTarget.Resolve(db);
        }
        catch (ArgumentException e)
        {
            throw new StoreUnavailableException(e.Message, e);
        }
        var store = target.CreateStore(DataPaths.DefaultDataDirectory);
        try
        {
            await store.MigrateAsync(cancellationToken);
        }
        catch (System.Data.Common.DbException e)
        {
            throw new StoreUnavailableException($"cannot migrate the store at {target.Display}: {e.Message.Split('\n')[0]}", e);
        }
        if (seedIfEmpty)
        {
            await SeedIfNeededAsync(store, cancellationToken);
        }
        return store;
    }

    /// <summary>Seeds an empty store, or re-seeds one seeded from different shipped data; never touches a user's imports.</summary>
    private static async Task SeedIfNeededAsync(SqlKnowledgeStore store, CancellationToken cancellationToken)
    {
        var origin = await store.OriginAsync(cancellationToken);
        if (origin is not null && !origin.StartsWith("seed:", StringComparison.Ordinal))
        {
            return; // the user's store: never re-seeded, so the shipped data's hash is not needed
        }
        var fingerprint = DataFingerprint.Of(DataPaths.DefaultDataDirectory);
        var stale = origin is not null && origin != "seed:" + fingerprint;
        if (stale || (origin is null && await store.IsEmptyAsync(cancellationToken)))
        {
            var dataset = DatasetLoader.LoadDirectory(DataPaths.DefaultDataDirectory);
            await store.SeedAsync(FactSet.FromDataset(dataset), fingerprint, cancellationToken);
        }
    }
}
