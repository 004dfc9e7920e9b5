using Lodestone.Data.Storage;

namespace Lodestone.Web.Hosting;

/// <summary>The writable knowledge store, when the host gave one: reviewed news proposals are written through it.</summary>
internal sealed class KnowledgeStoreAccess(Func<CancellationToken, Task<IKnowledgeStore>>? open)
{
    /// <summary>Why accepting cannot run here, in the 503 problem.</summary>
    public const string UnavailableReason = "This server has no writable knowledge store: accepting a proposal writes to it (serve with --db).";

    public bool IsAvailable => open is not null;

    public Task<IKnowledgeStore> OpenAsync(CancellationToken cancellationToken) =>
        open is null ? throw new InvalidOperationException(UnavailableReason) : open(cancellationToken);
}
