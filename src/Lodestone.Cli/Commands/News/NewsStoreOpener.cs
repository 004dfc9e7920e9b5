using Lodestone.Cli.Infrastructure;
using Lodestone.Data;
using Lodestone.Domain.Errors;
using Lodestone.News.Storage;

namespace Lodestone.Cli.Commands.News;

/// <summary>Opens the news store in the SQLite file named by <c>--db</c> (or LODESTONE_DB, else the default database file).</summary>
internal static class NewsStoreOpener
{
    /// <summary>Why there is no news store when <c>--db</c> names a server: the one-line reason the CLI and the dashboard show.</summary>
    public const string SqliteOnly = "the news store runs on SQLite for now: pass --db with a file path";

    public static INewsStore Open(string? db)
    {
        var path = SqlitePath(db) ?? throw new LodestoneException(ErrorCode.StorageUnavailable, SqliteOnly);
        try
        {
            return new SqliteNewsStore(path);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            throw new LodestoneException(ErrorCode.StorageUnavailable, $"cannot open the news store: {e.Message}");
        }
    }

    /// <summary>The SQLite file the news store lives in for <paramref name="db"/>, or null when the knowledge base is a server (PostgreSQL URL).</summary>
    public static string? SqlitePath(string? db)
    {
        db ??= Environment.GetEnvironmentVariable("LODESTONE_DB");
        if (db is not null && db.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }
        return string.IsNullOrWhiteSpace(db) ? DataPaths.DefaultDatabasePath : db;
    }
}
