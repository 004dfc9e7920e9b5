using System.Globalization;
using System.Text.RegularExpressions;
using Lodestone.Domain.Model;
using Lodestone.News.Gazetteers;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>Finds forward-looking claims and targets: a statement verb and a horizon in the same sentence.</summary>
/// <remarks>
/// Horizons: "within a year and a half" → 18 months, "within two years" → 24, "in the next 18 months" → 18,
/// "by 2030" → calendar year 2030, "by the end of 2026" → 2026-12. The due date is the publication date plus the
/// horizon at month precision (a report rarely says on which day a claim was made), or the calendar date.
/// The speaker is the nearest person, leader or organisation before the statement verb; a title without a name
/// ("The U.S. President") is resolved through the leader list at the publication date.
/// </remarks>
internal static partial class ClaimFinder
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Regex Statement = StatementRegex();

    private static readonly Regex Span = SpanRegex();

    private static readonly Regex Calendar = CalendarRegex();

    private static readonly Regex Title = TitleRegex();

    private static readonly Regex Past = PastRegex();

    public static IReadOnlyList<ExtractedClaim> Find(
        string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<CountryMention> countries, IReadOnlyList<Mention> people,
        IReadOnlyList<Mention> organizations, LeaderDirectory leaders, DateOnly? published)
    {
        var result = new List<ExtractedClaim>();
        foreach (var sentence in sentences)
        {
            var s = sentence.Of(text);
            var statement = Statement.Match(s);
            if (!statement.Success || HorizonIn(s, sentence.Start) is not { } horizon)
            {
                continue;
            }
            var verbAt = sentence.Start + statement.Index;
            var (speaker, speakerSpan) = Speaker(text, sentence, verbAt, countries, people, organizations, leaders, published);
            var role = RoleSpeaker(text, sentence, verbAt, countries);
            if (role is not null && (speakerSpan is null || role.Value.Span.Covers(speakerSpan.Value) || speakerSpan.Value.End <= role.Value.Span.Start))
            {
                (speaker, speakerSpan) = (role.Value.Text, role.Value.Span);
            }
            var speakerCountry = role?.Country ?? countries.FirstOrDefault(c => c.Leader is not null && speakerSpan is { } sp && sp.Overlaps(c.Mention.Span))?.Mention.Value;
            PartialDate? due = horizon.Calendar;
            if (horizon.Months is { } months && published is { } p)
            {
                var d = p.AddMonths(months);
                due = new PartialDate(d.Year, d.Month);
            }
            result.Add(new ExtractedClaim(speaker, speakerSpan, s, sentence, horizon.Months, horizon.Span, due) { SpeakerCountry = speakerCountry });
        }
        return result;
    }

    /// <summary>The forward horizon of a sentence, or null when it states none (or only a past span, "over the past two years").</summary>
    public static Horizon? HorizonIn(string sentence, int offset)
    {
        foreach (Match m in Span.Matches(sentence))
        {
            var months = Months(m.Groups["n"].Value.ToLowerInvariant(), m.Groups["unit"].Value.ToLowerInvariant());
            if (months is null || Past.IsMatch(m.Value))
            {
                continue;
            }
            return new Horizon(months, null, new TextSpan(offset + m.Index, offset + m.Index + m.Length));
        }
        var c = Calendar.Match(sentence);
        if (c.Success)
        {
            var year = int.Parse(c.Groups["y"].Value, CultureInfo.InvariantCulture);
            PartialDate date = c.Groups["edge"].Value.ToLowerInvariant() switch
            {
                "end" => new PartialDate(year, 12),
                "middle" => new PartialDate(year, 6),
                "start" => new PartialDate(year, 1),
                _ => new PartialDate(year),
            };
            return new Horizon(null, date, new TextSpan(offset + c.Index, offset + c.Index + c.Length));
        }
        return null;
    }

    private static int? Months(string n, string unit)
    {
        switch (n)
        {
            case "a year and a half" or "one and a half years":
                return 18;
            case "half a year":
                return 6;
            case "a decade":
                return 120;
            case "a year":
                return 12;
            case "a month":
                return 1;
        }
        if (unit.Length == 0)
        {
            return null;
        }
        int? count = int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : n switch
        {
            "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            "eighteen" => 18,
            "twenty-four" => 24,
            "thirty-six" => 36,
            _ => null,
        };
        if (count is null or <= 0 or > 600)
        {
            return null;
        }
        return unit.StartsWith("year", StringComparison.Ordinal) ? count * 12 : count;
    }

    private static readonly Regex Role = RoleRegex();

    /// <summary>A speaker named by role and country ("Japan's trade minister", "the Chilean mining minister") before the statement verb.</summary>
    private static (string Text, TextSpan Span, string Country)? RoleSpeaker(string text, TextSpan sentence, int verbAt, IReadOnlyList<CountryMention> countries)
    {
        foreach (var country in countries.Where(c => c.Mention.Span.Start >= sentence.Start && c.Mention.Span.End <= verbAt).Reverse())
        {
            if (country.Kind is not (CountryReferenceKind.Name or CountryReferenceKind.Demonym))
            {
                continue;
            }
            var m = Role.Match(text[country.Mention.Span.End..verbAt]);
            if (m.Success)
            {
                var span = new TextSpan(country.Mention.Span.Start, country.Mention.Span.End + m.Length);
                return (span.Of(text), span, country.Mention.Value);
            }
        }
        return null;
    }

    private static (string? Name, TextSpan? Span) Speaker(
        string text, TextSpan sentence, int verbAt, IReadOnlyList<CountryMention> countries, IReadOnlyList<Mention> people,
        IReadOnlyList<Mention> organizations, LeaderDirectory leaders, DateOnly? published)
    {
        var before = new TextSpan(sentence.Start, verbAt);
        var person = people.LastOrDefault(p => before.Covers(p.Span));
        var title = Title.Matches(text[sentence.Start..verbAt]).LastOrDefault();
        if (title is not null)
        {
            var titleSpan = new TextSpan(sentence.Start + title.Index, sentence.Start + title.Index + title.Length);
            if (person is null || person.Span.End < titleSpan.Start)
            {
                var country = countries.FirstOrDefault(c => titleSpan.Covers(c.Mention.Span));
                if (country is not null && published is { } p)
                {
                    var holder = leaders.Holder(new Iso3(country.Mention.Value), title.Groups["title"].Value, p);
                    if (holder is not null)
                    {
                        return (holder.Name, titleSpan);
                    }
                }
                return (titleSpan.Of(text).Trim(), titleSpan);
            }
        }
        if (person is not null)
        {
            return (person.Value, person.Span);
        }
        var org = organizations.LastOrDefault(o => before.Covers(o.Span));
        return org is null ? (null, null) : (org.Value, org.Span);
    }

    [GeneratedRegex(
        @"\b(?:said|says|say|stated|states|pledged|pledges|promised|promises|vowed|vows|predicted|predicts|expects|expected|forecast|forecasts|aims|aimed|targets|plans|announced|told|claimed|claims|insisted|according to|committed)\b",
        Options)]
    private static partial Regex StatementRegex();

    [GeneratedRegex(
        @"\b(?:within|in|over|during)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?<n>a year and a half|one and a half years|half a year|a decade|a year|a month|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty-six)\s*(?<unit>years?|months?)?\b",
        Options)]
    private static partial Regex SpanRegex();

    [GeneratedRegex(@"\bby\s+(?:the\s+)?(?:(?<edge>end|middle|start)\s+of\s+)?(?<y>20\d{2})\b", Options)]
    private static partial Regex CalendarRegex();

    [GeneratedRegex(
        @"\b(?:the\s+)?(?<prefix>[A-Z][\w.]*\s+)?(?<title>President|Prime Minister|Premier|Chancellor)\b(?!\s+[A-Z])",
        RegexOptions.CultureInvariant)]
    private static partial Regex TitleRegex();

    [GeneratedRegex(@"\b(?:past|last|previous|ago)\b", Options)]
    private static partial Regex PastRegex();

    [GeneratedRegex(
        @"^(?:'s|’s)?\s+(?:[a-z-]+\s+){0,3}?(?:minister|secretary|president|premier|chancellor|ambassador|envoy|spokes(?:man|woman|person)|official|officials|regulator|ministry|government)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex RoleRegex();
}
