using Lodestone.Domain.KnowledgeBase;

namespace Lodestone.Web.Hosting;

/// <summary>The dataset every request reads: one immutable snapshot, swapped whole on reload.</summary>
/// <remarks>Requests take <see cref="Current"/> once and work on that snapshot, so a reload never mixes two versions in one answer.</remarks>
/// <param name="load">Opens the knowledge base and reads its snapshot.</param>
/// <param name="clock">Stamps <see cref="LoadedAt"/> and says what "today" is.</param>
/// <param name="revision">Reads the store's revision (advanced by every write, from any process); null when the source never changes.</param>
internal sealed class DatasetHolder(Func<CancellationToken, Task<Dataset>> load, TimeProvider clock,
    Func<CancellationToken, Task<long>>? revision = null)
{
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private Snapshot? _snapshot;

    /// <summary>The snapshot in force. Throws before <see cref="ReloadAsync"/> has run once (a hosting bug, not a user error).</summary>
    public Dataset Current => Volatile.Read(ref _snapshot)?.Dataset ?? throw new InvalidOperationException("the dataset has not been loaded yet");

    /// <summary>UTC time of the last successful load.</summary>
    public DateTimeOffset LoadedAt { get; private set; }

    /// <summary>The store revision the snapshot in force was read at (or after); null without a revision source.</summary>
    public long? LoadedRevision => Volatile.Read(ref _snapshot)?.Revision;

    /// <summary>Opens the knowledge base again and swaps the snapshot in.</summary>
    public async Task<Dataset> ReloadAsync(CancellationToken cancellationToken)
    {
        await _reloading.WaitAsync(cancellationToken);
        try
        {
            return await LoadAsync(cancellationToken);
        }
        finally
        {
            _reloading.Release();
        }
    }

    /// <summary>Reloads when the store's revision differs from the one the snapshot was read at: another process (or this one) wrote it.</summary>
    /// <returns>True when a new snapshot was swapped in.</returns>
    public async Task<bool> ReloadIfChangedAsync(CancellationToken cancellationToken)
    {
        if (revision is null)
        {
            return false;
        }
        await _reloading.WaitAsync(cancellationToken);
        try
        {
            if (await revision(cancellationToken) == LoadedRevision)
            {
                return false;
            }
            await LoadAsync(cancellationToken);
            return true;
        }
        finally
        {
            _reloading.Release();
        }
    }

    private async Task<Dataset> LoadAsync(CancellationToken cancellationToken)
    {
        // The revision is read before the snapshot: a write committed in between makes the snapshot newer than the recorded
        // revision, which costs one redundant reload on the next check, never a missed one.
        var seen = revision is null ? (long?)null : await revision(cancellationToken);
        var dataset = await load(cancellationToken);
        Volatile.Write(ref _snapshot, new Snapshot(dataset, seen));
        LoadedAt = clock.GetUtcNow();
        return dataset;
    }

    /// <summary>A snapshot with the revision it was read at, swapped as one reference.</summary>
    private sealed record Snapshot(Dataset Dataset, long? Revision);

    /// <summary>Today in UTC, from the injected clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
