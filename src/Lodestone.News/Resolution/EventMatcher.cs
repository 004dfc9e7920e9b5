using Lodestone.News.Model;
using Lodestone.News.Storage;

namespace Lodestone.News.Resolution;

/// <summary>Decides whether a newly extracted event reports the same thing as a stored one.</summary>
/// <remarks>
/// Same type; dates equal when both known; else the stored event's date within <see cref="WindowDays"/> days of this
/// report's publication date or, when it has none, one of its reports published within that window (and this report's
/// own date, if any, too); parties: equal sets (a single country also needs the
/// same instrument or a shared commodity), or for summits any
/// two shared, or for other types two shared with one set inside the other, or one shared and the same named
/// instrument ("Abraham Accords") in both; commodities disjoint only when both name some.
/// </remarks>
internal static class EventMatcher
{
    /// <summary>How far apart two reports of one event may be published: 7 days.</summary>
    public const int WindowDays = 7;

    public static StoredEvent? FindSame(IReadOnlyList<StoredEvent> stored, ExtractedEvent candidate, DateOnly? published)
    {
        return stored.FirstOrDefault(s => Same(s, candidate, published));
    }

    private static bool Same(StoredEvent s, ExtractedEvent e, DateOnly? published)
    {
        if (s.Type != e.Type)
        {
            return false;
        }
        if (s.Date is { } a && e.Date is { } b)
        {
            if (a != b)
            {
                return false;
            }
        }
        else if (!CloseInTime(s, e, published))
        {
            return false;
        }
        var shared = s.Countries.Intersect(e.Countries, StringComparer.Ordinal).Count();
        var equal = shared == s.Countries.Count && shared == e.Countries.Count;
        var nested = shared == Math.Min(s.Countries.Count, e.Countries.Count);
        var sameInstrument = s.Organizations.Intersect(e.Organizations.Select(o => o.Value), StringComparer.Ordinal).Any();
        var sharedCommodity = s.Commodities.Intersect(e.CommodityNames, StringComparer.Ordinal).Any();
        // One shared country alone is weak evidence (Kazakhstan signs several things in a week): it needs the same instrument or commodity.
        var partiesMatch = (equal && (shared >= 2 || sameInstrument || sharedCommodity))
            || (e.Type == EventType.Summit && shared >= 2)
            || (shared >= 2 && nested)
            || (shared >= 1 && sameInstrument);
        if (!partiesMatch)
        {
            return false;
        }
        return s.Commodities.Count == 0 || e.CommodityNames.Count == 0 || s.Commodities.Intersect(e.CommodityNames, StringComparer.Ordinal).Any();
    }

    private static bool CloseInTime(StoredEvent s, ExtractedEvent e, DateOnly? published)
    {
        if (published is not { } p)
        {
            return false;
        }
        if (s.Date is { } stored)
        {
            return Math.Abs(stored.Earliest.DayNumber - p.DayNumber) <= WindowDays;
        }
        if (e.Date is { } reported && Math.Abs(reported.Earliest.DayNumber - p.DayNumber) > WindowDays)
        {
            return false;
        }
        // An undated stored event is near only through its own reports' publication: a dated report used to match every
        // undated event of any age, since only its own date and publication were compared.
        return s.Sources.Any(src =>
            PublishedDay(src.Published) is { } sp && Math.Abs(sp.DayNumber - p.DayNumber) <= WindowDays);
    }

    /// <summary>A source's publication date as stored (yyyy-MM-dd), or null.</summary>
    public static DateOnly? PublishedDay(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
}
