using Lodestone.News.Model;
using Lodestone.News.Storage;

namespace Lodestone.News.Resolution;

/// <summary>The stored events an ingest matches new reports against, indexed by type and date and kept in step with its
/// own writes.</summary>
/// <remarks>
/// Reading every event with its sources for each new report made a feed's ingest quadratic (51,000 items fell to 20
/// items/s). The cache reads the table once, then re-reads only the events this ingest adds or merges into; it reloads
/// whole only when another connection committed a change in between (<see cref="INewsStore.ChangedElsewhere"/>) or a
/// write failed. A report is compared only with the events <see cref="EventTimeIndex"/> finds near it in time
/// (comparing it with every event of its type was the other quadratic part).
/// </remarks>
internal sealed class EventCache(INewsStore store)
{
    private Dictionary<long, StoredEvent>? _byId;
    private readonly Dictionary<EventType, EventTimeIndex> _byType = [];

    /// <summary>Stored events handed to the matcher so far: the comparisons the ingest's tests count.</summary>
    public long Compared { get; private set; }

    /// <summary>The first stored event, in the store's order, that reports the same thing as
    /// <paramref name="candidate"/>.</summary>
    public StoredEvent? FindSame(ExtractedEvent candidate, DateOnly? published)
    {
        if (_byId is null || store.ChangedElsewhere())
        {
            Load();
        }
        if (!_byType.TryGetValue(candidate.Type, out var index))
        {
            return null;
        }
        var near = index.Candidates(candidate.Date, published);
        Compared += near.Count;
        return EventMatcher.FindSame(near, candidate, published);
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
        Index(fresh.Type).Add(fresh);
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
            Index(e.Type).Add(e);
            _byId[e.Id] = e;
        }
    }

    private EventTimeIndex Index(EventType type)
    {
        if (!_byType.TryGetValue(type, out var index))
        {
            index = new EventTimeIndex();
            _byType[type] = index;
        }
        return index;
    }
}
