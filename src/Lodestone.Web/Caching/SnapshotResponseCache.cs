using System.Collections.Concurrent;
using Lodestone.Domain.KnowledgeBase;

namespace Lodestone.Web.Caching;

/// <summary>Rendered responses of snapshot-derived documents and pages, by request, for the snapshot and day in force.</summary>
/// <remarks>
/// A cached page is a pure function of the dataset snapshot, the request (path and query) and today's date (briefs
/// and control statuses are as of today), so an entry is right until the snapshot is swapped — after
/// <c>POST /api/admin/reload</c> or an accepted news proposal — or the day changes; then the cache starts empty.
/// At most <see cref="Capacity"/> entries per snapshot and day; past that, responses are rendered for each request.
/// </remarks>
internal sealed class SnapshotResponseCache
{
    public const int Capacity = 512;

    private Generation _state = new(null, default, new ConcurrentDictionary<string, CachedResponse>(StringComparer.Ordinal));

    /// <summary>The cached response for <paramref name="key"/>, or null.</summary>
    public CachedResponse? Find(Dataset dataset, DateOnly today, string key) =>
        For(dataset, today).Entries.GetValueOrDefault(key);

    /// <summary>Keeps <paramref name="response"/> for the snapshot and day (unless the cache is full) and returns the entry to serve.</summary>
    public CachedResponse Keep(Dataset dataset, DateOnly today, string key, CachedResponse response)
    {
        var generation = For(dataset, today);
        return generation.Entries.Count < Capacity ? generation.Entries.GetOrAdd(key, response) : response;
    }

    private Generation For(Dataset dataset, DateOnly today)
    {
        var state = Volatile.Read(ref _state);
        if (ReferenceEquals(state.Dataset, dataset) && state.Today == today)
        {
            return state;
        }
        var fresh = new Generation(dataset, today, new ConcurrentDictionary<string, CachedResponse>(StringComparer.Ordinal));
        Volatile.Write(ref _state, fresh);
        return fresh;
    }

    private sealed record Generation(Dataset? Dataset, DateOnly Today, ConcurrentDictionary<string, CachedResponse> Entries);
}
