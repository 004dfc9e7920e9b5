using Lodestone.Domain.Model;
using Lodestone.News.Storage;

namespace Lodestone.News.Resolution;

/// <summary>The stored events of one type, found by the dates <see cref="EventMatcher"/>'s time rule
/// compares.</summary>
/// <remarks>
/// A report can only be the same event as a stored one whose date equals its own (both dated), whose date lies within
/// <see cref="EventMatcher.WindowDays"/> of the report's publication (report undated), or, for an undated stored event,
/// one of whose reports was published within that window. <see cref="Candidates"/> returns every such event and few
/// others, so the work per report is bounded by the events near it in time, not by every event stored: a long feed is
/// ingested in time linear in its items.
/// </remarks>
internal sealed class EventTimeIndex
{
    private readonly Dictionary<PartialDate, List<StoredEvent>> _byDate = [];
    private readonly Dictionary<int, List<StoredEvent>> _datedByEarliestDay = [];
    private readonly Dictionary<int, List<StoredEvent>> _undatedBySourceDay = [];

    public void Add(StoredEvent e)
    {
        if (e.Date is { } date)
        {
            Bucket(_byDate, date).Add(e);
            Bucket(_datedByEarliestDay, date.Earliest.DayNumber).Add(e);
            return;
        }
        foreach (var day in SourceDays(e))
        {
            Bucket(_undatedBySourceDay, day).Add(e);
        }
    }

    public void Remove(StoredEvent e)
    {
        if (e.Date is { } date)
        {
            _byDate[date].RemoveAll(x => x.Id == e.Id);
            _datedByEarliestDay[date.Earliest.DayNumber].RemoveAll(x => x.Id == e.Id);
            return;
        }
        foreach (var day in SourceDays(e))
        {
            _undatedBySourceDay[day].RemoveAll(x => x.Id == e.Id);
        }
    }

    /// <summary>Every stored event that can pass the time rule for a report dated <paramref name="date"/> and published
    /// <paramref name="published"/>, once each, in the store's order (date, then id: the matcher takes the first
    /// match).</summary>
    public IReadOnlyList<StoredEvent> Candidates(PartialDate? date, DateOnly? published)
    {
        var found = new List<StoredEvent>();
        if (date is { } d && _byDate.TryGetValue(d, out var sameDate))
        {
            found.AddRange(sameDate);
        }
        if (published is { } p)
        {
            if (date is null)
            {
                AddWindow(_datedByEarliestDay, p, found);
            }
            if (date is not { } known || Math.Abs(known.Earliest.DayNumber - p.DayNumber) <= EventMatcher.WindowDays)
            {
                AddWindow(_undatedBySourceDay, p, found);
            }
        }
        return found.DistinctBy(e => e.Id).Order(StoreOrder.Instance).ToList();
    }

    private static void AddWindow(Dictionary<int, List<StoredEvent>> byDay, DateOnly published, List<StoredEvent> found)
    {
        var last = published.DayNumber + EventMatcher.WindowDays;
        for (var day = published.DayNumber - EventMatcher.WindowDays; day <= last; day++)
        {
            if (byDay.TryGetValue(day, out var events))
            {
                found.AddRange(events);
            }
        }
    }

    private static IEnumerable<int> SourceDays(StoredEvent e) =>
        e.Sources.Select(s => EventMatcher.PublishedDay(s.Published)).OfType<DateOnly>().Select(d => d.DayNumber)
            .Distinct();

    private static List<StoredEvent> Bucket<TKey>(Dictionary<TKey, List<StoredEvent>> buckets, TKey key)
        where TKey : notnull
    {
        if (!buckets.TryGetValue(key, out var list))
        {
            list = [];
            buckets[key] = list;
        }
        return list;
    }

    /// <summary>The store's order of events: by date as text (undated last), then id.</summary>
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
