using Lodestone.Domain.KnowledgeBase;

namespace Lodestone.Web.Hosting;

/// <summary>The dataset every request reads: one immutable snapshot, swapped whole on reload.</summary>
/// <remarks>Requests take <see cref="Current"/> once and work on that snapshot, so a reload never mixes two versions in one answer.</remarks>
public sealed class DatasetHolder(Func<CancellationToken, Task<Dataset>> load, TimeProvider clock)
{
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private Dataset? _current;

    /// <summary>The snapshot in force. Throws before <see cref="ReloadAsync"/> has run once (a hosting bug, not a user error).</summary>
    public Dataset Current => _current ?? throw new InvalidOperationException("the dataset has not been loaded yet");

    /// <summary>UTC time of the last successful load.</summary>
    public DateTimeOffset LoadedAt { get; private set; }

    /// <summary>Opens the knowledge base again and swaps the snapshot in.</summary>
    public async Task<Dataset> ReloadAsync(CancellationToken cancellationToken)
    {
        await _reloading.WaitAsync(cancellationToken);
        try
        {
            var dataset = await load(cancellationToken);
            Volatile.Write(ref _current, dataset);
            LoadedAt = clock.GetUtcNow();
            return dataset;
        }
        finally
        {
            _reloading.Release();
        }
    }

    /// <summary>Today in UTC, from the injected clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
