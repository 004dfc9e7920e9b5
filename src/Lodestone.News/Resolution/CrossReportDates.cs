using Lodestone.News.Model;

namespace Lodestone.News.Resolution;

/// <summary>Dates an event that its own article leaves undated from another article of the same batch that reports the same event.</summary>
/// <remarks>
/// The date is never guessed: it comes from a report that fixes it, and the output names that report. Same event:
/// same type; parties overlapping (summits: two shared; other types: two shared with one set inside the other);
/// or one shared and the same named instrument ("Abraham Accords"); the dated report's date within <see cref="EventMatcher.WindowDays"/> days of the undated article's publication.
/// </remarks>
public static class CrossReportDates
{
    /// <summary>For each article and event index, the date taken from another report, when there is one.</summary>
    public static IReadOnlyDictionary<(int Article, int Event), ReportedDate> Fill(IReadOnlyList<(string File, ArticleExtraction Extraction)> articles)
    {
        var result = new Dictionary<(int, int), ReportedDate>();
        for (var a = 0; a < articles.Count; a++)
        {
            var (_, extraction) = articles[a];
            if (extraction.Published is not { } published)
            {
                continue;
            }
            for (var e = 0; e < extraction.Events.Count; e++)
            {
                var undated = extraction.Events[e];
                if (undated.Date is not null)
                {
                    continue;
                }
                for (var b = 0; b < articles.Count && !result.ContainsKey((a, e)); b++)
                {
                    if (b == a)
                    {
                        continue;
                    }
                    var dated = articles[b].Extraction.Events.FirstOrDefault(o => o.Date is { } d
                        && Math.Abs(d.Earliest.DayNumber - published.DayNumber) <= EventMatcher.WindowDays
                        && SameEvent(undated, o));
                    if (dated?.Date is { } date)
                    {
                        result[(a, e)] = new ReportedDate(date, articles[b].File);
                    }
                }
            }
        }
        return result;
    }

    private static bool SameEvent(ExtractedEvent a, ExtractedEvent b)
    {
        if (a.Type != b.Type)
        {
            return false;
        }
        var shared = a.Countries.Intersect(b.Countries, StringComparer.Ordinal).Count();
        if (a.Type == EventType.Summit)
        {
            return shared >= 2;
        }
        var sameInstrument = a.Organizations.Select(o => o.Value).Intersect(b.Organizations.Select(o => o.Value), StringComparer.Ordinal).Any();
        return (shared >= 2 && shared == Math.Min(a.Countries.Count, b.Countries.Count)) || (shared >= 1 && sameInstrument);
    }
}
