using System.Data.Common;
using Lodestone.Data.Storage;
using Lodestone.Domain.Errors;
using Lodestone.News.Storage;

namespace Lodestone.Cli.Commands.News;

/// <summary>Opens the news store of <c>--db</c> (or LODESTONE_DB, else the default database file): SQLite or PostgreSQL, beside the knowledge base.</summary>
internal static class NewsStoreOpener
{
    public static async Task<INewsStore> OpenAsync(string? db, CancellationToken cancellationToken)
    {
        var target = Resolve(db);
        try
        {
            return await NewsStores.OpenAsync(target, cancellationToken);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException)
        {
            throw new LodestoneException(ErrorCode.StorageUnavailable, $"cannot open the news store at {target.Display}: {e.Message.Split('\n')[0]}");
        }
    }

    /// <summary>The store <paramref name="db"/> names, as the knowledge base resolves it; a malformed URL is a storage error (exit 5).</summary>
    public static StoreTarget Resolve(string? db)
    {
        try
        {
            return StoreTarget.Resolve(db);
        }
        catch (ArgumentException e)
        {
            throw new StoreUnavailableException(e.Message, e);
        }
    }
}
