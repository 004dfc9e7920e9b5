using System.Data.Common;
using Lodestone.Domain.Errors;
using Lodestone.News.Storage;

namespace Lodestone.Web.Hosting;

/// <summary>Opens the news store for one request, or says why it cannot.</summary>
/// <remarks>
/// A store per request: a <see cref="SqlNewsStore"/> holds one connection, which must not be shared between concurrent
/// requests; opening one (a pooled connection on PostgreSQL, a file on SQLite) is cheap next to rendering a page.
/// </remarks>
internal sealed class NewsAccess(Func<INewsStore>? open, string unavailableReason)
{
    /// <summary>Whether this server has a news store at all.</summary>
    public bool IsConfigured => open is not null;

    /// <summary>Opens the store; on failure <paramref name="reason"/> says why in one line (no store configured, or the database cannot be reached).</summary>
    public bool TryOpen(out INewsStore store, out string reason)
    {
        store = null!;
        reason = unavailableReason;
        if (open is null)
        {
            return false;
        }
        try
        {
            store = open();
            return true;
        }
        catch (Exception e) when (e is DbException or LodestoneException or IOException or UnauthorizedAccessException)
        {
            reason = "The news store cannot be opened: " + e.Message.Split('\n')[0];
            return false;
        }
    }
}
