using System.Text.RegularExpressions;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>Finds people: listed leaders (by full name or surname) and names after a title ("Minister Jane Doe", "CEO John Roe").</summary>
internal static partial class PersonFinder
{
    private static readonly Regex Titled = TitledRegex();

    public static IReadOnlyList<Mention> Find(string text, IReadOnlyList<CountryMention> countries)
    {
        var result = new List<Mention>();
        foreach (var leader in countries.Where(c => c.Leader is not null))
        {
            if (!result.Exists(r => r.Span == leader.Mention.Span))
            {
                result.Add(new Mention(MentionKind.Person, leader.Leader!.Name, leader.Mention.Text, leader.Mention.Span));
            }
        }
        foreach (Match m in Titled.Matches(text))
        {
            var group = m.Groups["name"];
            var span = new TextSpan(group.Index, group.Index + group.Length);
            if (result.Exists(r => r.Span.Overlaps(span)) || countries.Any(c => c.Mention.Span.Overlaps(span)))
            {
                continue;
            }
            result.Add(new Mention(MentionKind.Person, group.Value, group.Value, span));
        }
        result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return result;
    }

    [GeneratedRegex(
        @"\b(?:President|Prime Minister|Premier|Minister|Secretary|Chancellor|Senator|Governor|Ambassador|Chairman|Chairwoman|CEO|Chief Executive|Managing Director|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+(?<name>[A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,2})\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex TitledRegex();
}
