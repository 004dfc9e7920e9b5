using Lodestone.News.Model;
using Lodestone.News.Storage;

namespace Lodestone.News.Resolution;

/// <summary>The stored events an ingest matches new reports against, grouped by type and kept in step with its own writes.</summary>
/// <remarks>
/// Reading every event with its sources for each new report made a feed's ingest quadratic (51,000 items fell to 20 items/s).
/// The cache reads the table once, then re-reads only the events this ingest adds or merges into; it reloads whole only
/// when another connection committed a change in between (<see cref="INewsStore.ChangedElsewhere"/>) or a write failed.
/// </remarks>
internal sealed class EventCache(INewsStore store)
{
    private Dictionary<long, StoredEvent>? _byId;
    private readonly Dictionary<EventType, List<StoredEvent>> _byType = [];

    /// <summary>Stored events of <paramref name="type"/>, oldest first, as of now.</summary>
    public IReadOnlyList<StoredEvent> OfType(EventType type)
    {
        if (_byId is null || store.ChangedElsewhere())
        {
            Load();
        }
        return _byType.TryGetValue(type, out var list) ? list : [];
    }

    /// <summary>Re-reads event <paramref name="id"/> after this ingest added it or merged into it.</summary>
    public void Refresh(long id)
    {
        if (_byId is null || store.Event(id) is not { } fresh)
        {
            return;
        }
        if (_byId.TryGetValue(id, out var old))
        {
            _byType[old.Type].Remove(old);
        }
        // The store's order (date, then id): the matcher takes the first event that matches, as it did on a full read.
        var bucket = Bucket(fresh.Type);
        var at = bucket.BinarySearch(fresh, StoreOrder.Instance);
        bucket.Insert(at < 0 ? ~at : at, fresh);
        _byId[id] = fresh;
    }

    /// <summary>Forgets everything (a rolled-back write may have refreshed events that no longer exist).</summary>
    public void Invalidate() => _byId = null;

    private void Load()
    {
        _byType.Clear();
        _byId = [];
        foreach (var e in store.Events(new EventQuery()))
        {
            Bucket(e.Type).Add(e);
            _byId[e.Id] = e;
        }
    }

    private List<StoredEvent> Bucket(EventType type)
    {
        if (!_byType.TryGetValue(type, out var list))
        {
            list = [];
            _byType[type] = list;
        }
        return list;
    }

    private sealed class StoreOrder : IComparer<StoredEvent>
    {
        public static readonly StoreOrder Instance = new();

        public int Compare(StoredEvent? x, StoredEvent? y)
        {
            var byDate = string.CompareOrdinal(x?.Date?.ToString() ?? "9999", y?.Date?.ToString() ?? "9999");
            return byDate != 0 ? byDate : (x?.Id ?? 0).CompareTo(y?.Id ?? 0);
        }
    }
}
