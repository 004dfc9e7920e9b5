using Lodestone.Cli.Infrastructure;
using Lodestone.Data;
using Lodestone.Domain.Errors;
using Lodestone.News.Storage;

namespace Lodestone.Cli.Commands.News;

/// <summary>Opens the news store in the SQLite file named by <c>--db</c> (or LODESTONE_DB, else the default database file).</summary>
internal static class NewsStoreOpener
{
    public static INewsStore Open(string? db)
    {
        db ??= Environment.GetEnvironmentVariable("LODESTONE_DB");
        if (db is not null && db.Contains("://", StringComparison.Ordinal))
        {
            throw new CliException(ErrorCode.StorageUnavailable, "the news store runs on SQLite for now: pass --db with a file path");
        }
        try
        {
            return new SqliteNewsStore(string.IsNullOrWhiteSpace(db) ? DataPaths.DefaultDatabasePath : db);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new CliException(ErrorCode.StorageUnavailable, $"cannot open the news store: {e.Message}");
        }
    }
}
