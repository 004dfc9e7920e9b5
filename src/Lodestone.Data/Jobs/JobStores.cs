using Lodestone.Data.Storage;

namespace Lodestone.Data.Jobs;

/// <summary>Opens the job queue of a <c>--db</c> target: the jobs table lives in the knowledge base's database.</summary>
public static class JobStores
{
    /// <summary>Migrates <paramref name="target"/> (every table; the jobs table is migration 0005) and returns its job store.</summary>
    /// <exception cref="StoreUnavailableException">The database cannot be reached or migrated.</exception>
    public static async Task<JobStore> OpenAsync(StoreTarget target, TimeProvider clock, CancellationToken cancellationToken)
    {
        await StoreMigration.MigrateAsync(target, clock, cancellationToken);
        return target.Backend == StoreBackend.Postgres
            ? new PostgresJobStore(target.Location, clock)
            : new SqliteJobStore(target.Location, clock);
    }
}
