using System.Data.Common;

namespace Lodestone.Data.Storage;

/// <summary>Brings a database to the newest schema: the one migration history holds every table (facts, news, jobs), so any store migrates them all.</summary>
public static class StoreMigration
{
    /// <summary>Applies the migrations <paramref name="target"/> lacks; safe to call any number of times, from any number of processes.</summary>
    /// <exception cref="StoreUnavailableException">The database cannot be reached or a migration fails.</exception>
    public static async Task MigrateAsync(StoreTarget target, TimeProvider? clock, CancellationToken cancellationToken)
    {
        try
        {
            await target.CreateStore(DataPaths.DefaultDataDirectory, clock).MigrateAsync(cancellationToken);
        }
        catch (DbException e)
        {
            throw new StoreUnavailableException($"cannot migrate the store at {target.Display}: {e.Message.Split('\n')[0]}", e);
        }
    }
}
