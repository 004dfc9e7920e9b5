using Lodestone.Data.Jobs;
using Lodestone.Data.Storage;
using Microsoft.Data.Sqlite;

namespace Lodestone.Web.Hosting;

/// <summary>The job store a server queues simulation jobs in: the host's (<see cref="LodestoneWebSettings.OpenJobStore"/>), or a private temporary SQLite file.</summary>
internal static class JobStoreHosting
{
    /// <summary>The store, and the temporary file to delete when the server stops (null when the host gave the store).</summary>
    public static async Task<(JobStore Store, string? TemporaryFile)> OpenAsync(LodestoneWebSettings settings, CancellationToken cancellationToken)
    {
        if (settings.OpenJobStore is { } open)
        {
            return (await open(cancellationToken), null);
        }
        var path = Path.Combine(Path.GetTempPath(), "lodestone-jobs-" + Guid.NewGuid().ToString("N")[..12] + ".db");
        return (await JobStores.OpenAsync(StoreTarget.Resolve(path), settings.Clock, cancellationToken), path);
    }

    /// <summary>Deletes a temporary job file and its WAL companions.</summary>
    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // Left in the temp folder: not worth failing a shutdown over.
            }
        }
    }
}
