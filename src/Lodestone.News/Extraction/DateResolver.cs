using System.Globalization;
using System.Text.RegularExpressions;
using Lodestone.Domain.Model;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>Resolves the date expressions of a sentence against the publication date.</summary>
/// <remarks>
/// Absolute: "2025-11-06", "November 6, 2025", "6 November 2025", "March 2024", "in 2024". Relative to the
/// publication date P: "November 6" → the nearest such day to P (within half a year, so 6 Nov in a 7 Nov article is
/// the day before); "on Thursday" → the last Thursday on or before P (the next one after "will"/"next"); "yesterday",
/// "today"; "last month", "this month", "next month" → month precision; "last year", "this year", "next year" → year
/// precision; "last week" and "over the weekend" → the month when all their days share one, else the year. "Recently",
/// "in recent weeks" fix no date and give none. Without P only absolute forms
/// resolve. Dates after "until", "by", "since", "through" bound something else and are skipped; "for 2026" (the period
/// a quota or budget covers) dates the sentence only when it has no other date.
/// </remarks>
internal static partial class DateResolver
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private const string Weekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly Regex Iso = IsoRegex();
    private static readonly Regex MonthDay = MonthDayRegex();
    private static readonly Regex DayMonth = DayMonthRegex();
    private static readonly Regex MonthYear = MonthYearRegex();
    private static readonly Regex InMonth = InMonthRegex();
    private static readonly Regex YearEdge = YearEdgeRegex();
    private static readonly Regex Quarter = QuarterRegex();
    private static readonly Regex Week = WeekRegex();
    private static readonly Regex Ago = AgoRegex();
    private static readonly Regex Weekend = WeekendRegex();
    private static readonly Regex Attributive = AttributiveRegex();
    private static readonly Regex Weekday = WeekdayRegex();
    private static readonly Regex InYear = InYearRegex();
    private static readonly Regex MonthBefore = MonthBeforeRegex();
    private static readonly Regex Relative = RelativeRegex();
    private static readonly Regex Future = FutureRegex();

    /// <summary>The first date expression in <paramref name="sentence"/> that fixes a date, or null.</summary>
    /// <param name="offset">Offset of the sentence in the article, added to the returned span.</param>
    public static ResolvedDate? FirstIn(string sentence, int offset, DateOnly? published)
    {
        var candidates = new List<ResolvedDate>();
        var from = new List<ResolvedDate>();
        foreach (Match m in Iso.Matches(sentence))
        {
            Add(candidates, sentence, m, offset, TryDate(Int(m, "y"), Int(m, "m"), Int(m, "d")), from);
        }
        foreach (var (m, date) in DayDates(sentence, published))
        {
            Add(candidates, sentence, m, offset, date, from);
        }
        foreach (Match m in MonthYear.Matches(sentence))
        {
            Add(candidates, sentence, m, offset, TryDate(Int(m, "y"), MonthNumber(m.Groups["mon"].Value), null), from);
        }
        foreach (Match m in YearEdge.Matches(sentence))
        {
            Add(candidates, sentence, m, offset, TryDate(Int(m, "y"), null, null), from);
        }
        foreach (Match m in Quarter.Matches(sentence))
        {
            var year = m.Groups["y"].Success ? Int(m, "y")
                : published is { } pq ? (m.Groups["ly"].Success ? pq.Year - 1 : m.Groups["ty"].Success ? pq.Year : QuarterYear(sentence, m, pq))
                : (int?)null;
            if (year is { } y)
            {
                Add(candidates, sentence, m, offset, TryDate(y, null, null), from);
            }
        }
        if (published is { } pub)
        {
            foreach (Match m in InMonth.Matches(sentence))
            {
                var month = MonthNumber(m.Groups["mon"].Value);
                var future = FutureBefore(sentence, m.Index);
                var year = m.Groups["y"].Success ? Int(m, "y")
                    : future ? (month >= pub.Month ? pub.Year : pub.Year + 1) : (month <= pub.Month ? pub.Year : pub.Year - 1);
                var group = m.Groups["mon"];
                Add(candidates, sentence, group.Index, group.Length, m.Index, offset, TryDate(year, month, null), from);
            }
            foreach (Match m in Weekday.Matches(sentence))
            {
                var target = Enum.Parse<DayOfWeek>(m.Value);
                var future = FutureBefore(sentence, m.Index);
                var back = ((int)pub.DayOfWeek - (int)target + 7) % 7;
                var date = future ? pub.AddDays(back == 0 ? 7 : 7 - back) : pub.AddDays(-back);
                Add(candidates, sentence, m, offset, PartialDate.FromDate(date), from);
            }
            foreach (Match m in Relative.Matches(sentence))
            {
                if (MonthBefore.IsMatch(sentence.AsSpan(0, m.Index).ToString()))
                {
                    // "from June next year": the year belongs to the month's expression, which bounds a measure.
                    continue;
                }
                Add(candidates, sentence, m, offset, RelativeDate(m.Value.ToLowerInvariant(), pub), from);
            }
            foreach (Match m in Week.Matches(sentence))
            {
                Add(candidates, sentence, m, offset, WeekDate(m.Value.ToLowerInvariant(), pub), from);
            }
            foreach (Match m in Ago.Matches(sentence))
            {
                Add(candidates, sentence, m, offset, AgoDate(m, pub), from);
            }
            foreach (Match m in Weekend.Matches(sentence))
            {
                Add(candidates, sentence, m, offset, WeekendDate(pub), from);
            }
        }
        var period = new List<ResolvedDate>();
        foreach (Match m in InYear.Matches(sentence))
        {
            // "the quota for 2026" names the period a measure covers, not when the news happened: used only alone.
            var group = m.Groups["y"];
            var isPeriod = m.Groups["w"].Value.Equals("for", StringComparison.OrdinalIgnoreCase);
            Add(isPeriod ? period : candidates, sentence, group.Index, group.Length, m.Index, offset, TryDate(Int(m, "y"), null, null), from);
        }
        var first = candidates
            .OrderBy(c => c.Span.Start)
            .ThenByDescending(c => c.Span.Length)
            .FirstOrDefault();
        // "suspended tin mining from August 1": with no other date, a past start date is the event's date.
        return first ?? period.FirstOrDefault() ?? from
            .Where(c => published is null || c.Date.Earliest <= published.Value)
            .OrderBy(c => c.Span.Start)
            .FirstOrDefault();
    }

    /// <summary>Day-precision dates written as month and day ("November 6", "6 November 2025"), resolved against <paramref name="published"/>.</summary>
    internal static IEnumerable<(Match Match, PartialDate? Date)> DayDates(string text, DateOnly? published)
    {
        foreach (var regex in new[] { MonthDay, DayMonth })
        {
            foreach (Match m in regex.Matches(text))
            {
                var month = MonthNumber(m.Groups["mon"].Value);
                var day = Int(m, "d");
                PartialDate? date = m.Groups["y"].Success
                    ? TryDate(Int(m, "y"), month, day)
                    : published is { } p ? Nearest(p, month, day) : null;
                yield return (m, date);
            }
        }
    }

    // A week fixes a month when all its days fall in one month, else the year when they fall in one year; else nothing.
    private static PartialDate? WeekDate(string expression, DateOnly p)
    {
        var monday = p.AddDays(-(((int)p.DayOfWeek + 6) % 7));
        var (first, last) = expression is "earlier this week" or "this week" ? (monday, p) : (monday.AddDays(-7), monday.AddDays(-1));
        if (first.Year == last.Year && first.Month == last.Month)
        {
            return new PartialDate(first.Year, first.Month);
        }
        return first.Year == last.Year ? new PartialDate(first.Year) : null;
    }

    // "three days ago" is a day; "two weeks ago" is the Monday-to-Sunday week that many weeks back, fixed as for "last week".
    private static PartialDate? AgoDate(Match m, DateOnly p)
    {
        var word = m.Groups["n"].Value.ToLowerInvariant();
        var n = word switch { "a" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, _ => int.Parse(word, CultureInfo.InvariantCulture) };
        if (m.Groups["u"].Value.StartsWith("day", StringComparison.OrdinalIgnoreCase))
        {
            return PartialDate.FromDate(p.AddDays(-n));
        }
        var monday = p.AddDays(-(((int)p.DayOfWeek + 6) % 7) - 7 * n);
        var sunday = monday.AddDays(6);
        if (monday.Year == sunday.Year && monday.Month == sunday.Month)
        {
            return new PartialDate(monday.Year, monday.Month);
        }
        return monday.Year == sunday.Year ? new PartialDate(monday.Year) : null;
    }

    // "Over the weekend": the last Saturday and Sunday before publication; their month when they share one, else the year.
    private static PartialDate? WeekendDate(DateOnly p)
    {
        var back = ((int)p.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
        var saturday = p.AddDays(back == 0 ? -7 : -back);
        var sunday = saturday.AddDays(1);
        if (saturday.Month == sunday.Month)
        {
            return new PartialDate(saturday.Year, saturday.Month);
        }
        return saturday.Year == sunday.Year ? new PartialDate(saturday.Year) : null;
    }

    // A quarter without a year is the latest such quarter that has begun by publication (the next one after "will").
    private static int QuarterYear(string sentence, Match m, DateOnly p)
    {
        // A half year ("the first half", "H2 2025") is two quarters: months 1-6 or 7-12.
        var (first, last) = m.Groups["h"].Success || m.Groups["hn"].Success
            ? (m.Groups["h"].Value.Equals("first", StringComparison.OrdinalIgnoreCase) || m.Groups["hn"].Value == "1" ? (1, 6) : (7, 12))
            : m.Groups["qm"].Success ? QuarterMonths(MonthNumber(m.Groups["qm"].Value) / 3)
            : QuarterMonths(m.Groups["q"].Success
                ? m.Groups["q"].Value.ToLowerInvariant() switch { "first" or "1st" => 1, "second" or "2nd" => 2, "third" or "3rd" => 3, _ => 4 }
                : int.Parse(m.Groups["qn"].Value, CultureInfo.InvariantCulture));
        var started = first <= p.Month;
        return FutureBefore(sentence, m.Index) ? (started && last < p.Month ? p.Year + 1 : p.Year) : (started ? p.Year : p.Year - 1);
    }

    private static (int First, int Last) QuarterMonths(int q) => ((q - 1) * 3 + 1, q * 3);

    // Future tense close before the expression ("will meet on Thursday", "next Thursday"), not anywhere in the sentence.
    private static bool FutureBefore(string sentence, int index)
    {
        var from = Math.Max(0, index - 40);
        var window = sentence.AsSpan(from, index - from).ToString();
        // Only the expression's own clause: in "banned from June next year, the minister said on Wednesday" the
        // "next" belongs to the clause before the comma.
        return Future.IsMatch(window[(window.LastIndexOfAny([',', ';']) + 1)..]);
    }

    private static PartialDate? RelativeDate(string expression, DateOnly p) => expression switch
    {
        "yesterday" => PartialDate.FromDate(p.AddDays(-1)),
        "today" => PartialDate.FromDate(p),
        "last month" => new PartialDate(p.AddMonths(-1).Year, p.AddMonths(-1).Month),
        "this month" or "earlier this month" or "earlier in the month" => new PartialDate(p.Year, p.Month),
        "next month" => new PartialDate(p.AddMonths(1).Year, p.AddMonths(1).Month),
        "last year" => new PartialDate(p.Year - 1),
        "this year" or "earlier this year" => new PartialDate(p.Year),
        "next year" => new PartialDate(p.Year + 1),
        _ => null,
    };

    private static PartialDate? Nearest(DateOnly published, int month, int day)
    {
        PartialDate? best = null;
        var bestDistance = int.MaxValue;
        for (var year = published.Year - 1; year <= published.Year + 1; year++)
        {
            if (TryDate(year, month, day) is not { } candidate)
            {
                continue;
            }
            var distance = Math.Abs(candidate.Earliest.DayNumber - published.DayNumber);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static void Add(List<ResolvedDate> candidates, string sentence, Match m, int offset, PartialDate? date, List<ResolvedDate> from) =>
        Add(candidates, sentence, m.Index, m.Length, m.Index, offset, date, from);

    private static void Add(List<ResolvedDate> candidates, string sentence, int index, int length, int contextStart, int offset, PartialDate? date, List<ResolvedDate> from)
    {
        if (date is null)
        {
            return;
        }
        var resolved = new ResolvedDate(date.Value, new TextSpan(offset + index, offset + index + length));
        var bound = BoundingWord(sentence, contextStart);
        if (bound is null && !Attributive.IsMatch(sentence.AsSpan(0, contextStart).ToString()))
        {
            candidates.Add(resolved);
        }
        else if (bound == "from")
        {
            from.Add(resolved);
        }
    }

    // The word before a date that makes it a bound of something else ("until", "by", "from" …), or null.
    private static string? BoundingWord(string sentence, int index)
    {
        var before = sentence[..index].TrimEnd();
        foreach (var word in new[] { " until", " by", " since", " through", " till", " to", " from", " after", " before" })
        {
            if (before.EndsWith(word, StringComparison.OrdinalIgnoreCase) || (before.Length == word.Length - 1 && string.Equals(" " + before, word, StringComparison.OrdinalIgnoreCase)))
            {
                return word.Trim().ToLowerInvariant();
            }
        }
        return null;
    }

    private static PartialDate? TryDate(int year, int? month, int? day)
    {
        var text = month is null
            ? year.ToString("0000", CultureInfo.InvariantCulture)
            : day is null
                ? string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}")
                : string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");
        return PartialDate.TryParse(text, out var date) ? date : null;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name) => name[..3] switch
    {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        _ => 12,
    };

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})\b", Options)]
    private static partial Regex IsoRegex();

    [GeneratedRegex(
        @"\b(?:(?:" + Weekdays + @"),?\s+)?(?<mon>" + Months + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>(?:19|20)\d{2})\b)?",
        Options)]
    private static partial Regex MonthDayRegex();

    [GeneratedRegex(
        @"\b(?:(?:" + Weekdays + @"),?\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>" + Months + @")\b\.?(?:,?\s+(?<y>(?:19|20)\d{2})\b)?",
        Options)]
    private static partial Regex DayMonthRegex();

    [GeneratedRegex(@"\b(?<mon>" + Months + @")\.?,?\s+(?<y>(?:19|20)\d{2})\b", Options)]
    private static partial Regex MonthYearRegex();

    [GeneratedRegex(
        @"\b(?:(?i:in|during|early|late)\s+|(?i:mid)(?:-|\s+))(?<mon>January|February|March|April|June|July|August|September|October|November|December)\b(?:\s+(?:and|or|to)\s+(?:" + Months + @")\s+(?<y>(?:19|20)\d{2})\b)?",
        Options)]
    private static partial Regex InMonthRegex();

    [GeneratedRegex(
        @"\b(?:mid-|early |late |the end of |the start of |end-)(?<y>(?:19|20)\d{2})\b",
        Options | RegexOptions.IgnoreCase)]
    private static partial Regex YearEdgeRegex();

    [GeneratedRegex(
        @"\b(?:the\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(?:(?<y>(?:19|20)\d{2})|(?<ly>last year)|(?<ty>this year)))?\b|\bthe\s+(?<qm>March|June|September|December)\s+quarter(?:\s+of\s+(?:(?<y>(?:19|20)\d{2})|(?<ly>last year)))?\b|\bQ(?<qn>[1-4])\s+(?<y>(?:19|20)\d{2})\b|\b(?<y>(?:19|20)\d{2})\s*Q(?<qn>[1-4])\b|\bthe\s+(?<h>first|second)\s+half(?:\s+of\s+(?:the\s+year|(?<y>(?:19|20)\d{2})))?\b|\bH(?<hn>[12])\s+(?<y>(?:19|20)\d{2})\b",
        Options | RegexOptions.IgnoreCase)]
    private static partial Regex QuarterRegex();

    [GeneratedRegex(
        @"\b(?<rel>last week|earlier this week|this week|the previous week|the past week)\b",
        Options | RegexOptions.IgnoreCase)]
    private static partial Regex WeekRegex();

    [GeneratedRegex(
        @"\b(?<n>a|one|two|three|four|five|six|[1-9])\s+(?<u>days?|weeks?)\s+ago\b",
        Options | RegexOptions.IgnoreCase)]
    private static partial Regex AgoRegex();

    [GeneratedRegex(@"\b(?:over|at|during) the weekend\b|\blast weekend\b", Options | RegexOptions.IgnoreCase)]
    private static partial Regex WeekendRegex();

    [GeneratedRegex(
        @"\b(?:ban|controls?|rules|measures|agreement|deal|tariffs?|quotas?|restrictions?|suspension|curbs?)\s+(?:it |they |that |which |were |was )?(?:imposed|introduced|announced|adopted|signed|agreed|approved|enacted|unveiled)\s+(?:on |in )?$",
        Options | RegexOptions.IgnoreCase)]
    private static partial Regex AttributiveRegex();

    [GeneratedRegex(@"\b(?<wd>" + Weekdays + @")\b", Options)]
    private static partial Regex WeekdayRegex();

    [GeneratedRegex(@"\b(?<w>(?i:in|during|for))\s+(?:early\s+|late\s+|mid-)?(?<y>(?:19|20)\d{2})\b", Options)]
    private static partial Regex InYearRegex();

    [GeneratedRegex(
        @"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+$",
        Options)]
    private static partial Regex MonthBeforeRegex();

    [GeneratedRegex(
        @"\b(?<rel>yesterday|today|last month|this month|next month|last year|this year|next year|earlier this year|earlier this month|earlier in the month)\b",
        Options | RegexOptions.IgnoreCase)]
    private static partial Regex RelativeRegex();

    [GeneratedRegex(
        @"\b(?:will|next|scheduled|due to|is to|are to|plans? to|set to)\b",
        Options | RegexOptions.IgnoreCase)]
    private static partial Regex FutureRegex();
}
