using System.Text.RegularExpressions;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>Finds organisation names: a few well-known bodies, and capitalised phrases ending in an organisation word.</summary>
/// <remarks>
/// "Lynas Rare Earths Ltd", "Ministry of Commerce", "Chinese Communist Party", "U.S. State Department". A government
/// body (ministry, department, agency …) is flagged so a country named inside it still counts as a party.
/// </remarks>
internal static partial class OrganizationFinder
{
    private static readonly string[] Known =
    [
        "White House", "State Department", "Commerce Department", "Pentagon", "MOFCOM", "European Union", "European Commission",
        "London Metal Exchange", "USGS", "International Energy Agency", "IEA", "World Bank", "JOGMEC", "Congress", "Kremlin",
        "Development Finance Corporation", "DFC", "EXIM", "Export-Import Bank", "Abraham Accords",
    ];

    private static readonly string[] GovernmentWords =
    [
        "Ministry", "Department", "Agency", "Administration", "Government", "Commission", "Council", "Office", "Bureau", "Survey",
        "Congress", "Parliament", "Senate", "Cabinet", "White House", "State Department", "Commerce Department", "Pentagon", "MOFCOM",
    ];

    // Organisation words that end a name; a name is found by walking back from one over capitalised words.
    private static readonly Regex Suffix = SuffixRegex();

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "and", "for", "the", "&" };

    private static readonly Regex MinistryOf = MinistryOfRegex();

    private static readonly HashSet<string> LeadingNoise = new(StringComparer.Ordinal)
    {
        "The", "On", "In", "At", "And", "But", "While", "As", "For", "By", "Of", "A", "An", "This", "That", "Its", "Their",
        "His", "Her", "Our", "Meanwhile", "Separately", "Also", "Australian-listed", "Shares",
    };

    /// <summary>Organisation mentions, non-overlapping, in text order. <paramref name="isGovernment"/> marks government bodies.</summary>
    public static IReadOnlyList<Mention> Find(string text, out IReadOnlySet<TextSpan> isGovernment)
    {
        var found = new List<Mention>();
        var government = new HashSet<TextSpan>();
        foreach (var name in Known)
        {
            var at = 0;
            while ((at = text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + name.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    Add(found, new Mention(MentionKind.Organization, name, name, new TextSpan(at, end)));
                }
                at = end;
            }
        }
        foreach (Match m in Suffix.Matches(text))
        {
            var begin = WalkBack(text, m.Index);
            if (begin < m.Index)
            {
                var (start, value) = TrimLeading(begin, text[begin..(m.Index + m.Length)]);
                if (!value.Contains('\n', StringComparison.Ordinal) && value.Contains(' ', StringComparison.Ordinal))
                {
                    Add(found, new Mention(MentionKind.Organization, value, value, new TextSpan(start, start + value.Length)));
                }
            }
        }
        foreach (var regex in new[] { MinistryOf })
        {
            foreach (Match m in regex.Matches(text))
            {
                var (start, value) = TrimLeading(m.Index, m.Value);
                if (value.Contains('\n', StringComparison.Ordinal) || !value.Contains(' ', StringComparison.Ordinal))
                {
                    continue;
                }
                Add(found, new Mention(MentionKind.Organization, value, value, new TextSpan(start, start + value.Length)));
            }
        }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        foreach (var org in found)
        {
            if (GovernmentWords.Any(w => org.Value.Contains(w, StringComparison.Ordinal)))
            {
                government.Add(org.Span);
            }
        }
        isGovernment = government;
        return found;
    }

    // The start of the capitalised words (with "of", "and", "for", "the", "&" between them) that end at <paramref name="suffixAt"/>.
    private static int WalkBack(string text, int suffixAt)
    {
        var begin = suffixAt;
        var i = suffixAt;
        while (true)
        {
            var end = i;
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }
            if (end == i || end == 0)
            {
                break;
            }
            var start = end;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }
            var word = text[start..end];
            if (word.Length == 0 || word[^1] is ',' or ';' or ':' or ')' or '"' or '”')
            {
                break;
            }
            if (char.IsUpper(word[0]))
            {
                begin = start;
            }
            else if (!Connectors.Contains(word))
            {
                break;
            }
            i = start;
        }
        return begin;
    }

    private static (int Start, string Value) TrimLeading(int start, string value)
    {
        while (true)
        {
            var space = value.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0 || !LeadingNoise.Contains(value[..space]))
            {
                return (start, value);
            }
            start += space + 1;
            value = value[(space + 1)..];
        }
    }

    private static void Add(List<Mention> found, Mention mention)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (!found[i].Span.Overlaps(mention.Span))
            {
                continue;
            }
            if (found[i].Span.Length >= mention.Span.Length)
            {
                return;
            }
            found.RemoveAt(i);
        }
        found.Add(mention);
    }

    [GeneratedRegex(
        @"(?<=\S\s+)(?:Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|Group|Holdings|Mining|Minerals|Metals|Resources|Materials|Company|Co\.|Bank|Fund|Agency|Ministry|Department|Commission|Council|Party|Exchange|Authority|Administration|Office|Institute|Association|Survey|Partners|Capital|Technologies|Industries|plc|PLC|AG|SA|NV|LLC|Rare Earths|Lithium|Energy)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex SuffixRegex();

    [GeneratedRegex(
        @"\b(?:Ministry|Department|Minister) of (?:the )?[A-Z][\w-]*(?:(?:\s+(?:and|of|for)\s+|\s+)[A-Z][\w-]*)*",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex MinistryOfRegex();
}
