using Lodestone.News.Model;

namespace Lodestone.News.Gazetteers;

/// <summary>Longest-match phrase lookup at word boundaries, built once from a gazetteer.</summary>
/// <remarks>
/// Phrases are bucketed by their first two characters, lower-cased; at each word start the longest phrase that matches
/// and ends at a word boundary wins, and scanning resumes after it (so "North Korea" never also yields "Korea").
/// A phrase is matched case-sensitively when it has two or more capitals ("US", "REEs", "NdPr"), otherwise
/// case-insensitively. Cost is O(text length × bucket size), a few milliseconds for a 3 KB article.
/// </remarks>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<int, List<(string Phrase, bool CaseSensitive, T Value)>> _buckets = [];

    public void Add(string phrase, T value)
    {
        phrase = phrase.Trim();
        if (phrase.Length < 2)
        {
            return;
        }
        var key = Key(phrase, 0);
        if (!_buckets.TryGetValue(key, out var list))
        {
            _buckets[key] = list = [];
        }
        if (list.Exists(e => string.Equals(e.Phrase, phrase, StringComparison.Ordinal)))
        {
            return;
        }
        list.Add((phrase, phrase.Count(char.IsUpper) >= 2, value));
        list.Sort((a, b) => b.Phrase.Length.CompareTo(a.Phrase.Length));
    }

    public IReadOnlyList<PhraseMatch<T>> FindAll(string text)
    {
        var result = new List<PhraseMatch<T>>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordStart(text, i) || !_buckets.TryGetValue(Key(text, i), out var list))
            {
                i++;
                continue;
            }
            var matched = false;
            foreach (var (phrase, caseSensitive, value) in list)
            {
                if (phrase.Length > text.Length - i)
                {
                    continue;
                }
                var comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
                if (string.Compare(text, i, phrase, 0, phrase.Length, comparison) == 0 && IsWordEnd(text, i + phrase.Length, phrase))
                {
                    result.Add(new PhraseMatch<T>(new TextSpan(i, i + phrase.Length), value));
                    i += phrase.Length;
                    matched = true;
                    break;
                }
            }
            if (!matched)
            {
                i++;
            }
        }
        return result;
    }

    // Two lower-cased characters (the second is 0 at the end of the text or for one-character phrases).
    private static int Key(string s, int i) =>
        (char.ToLowerInvariant(s[i]) << 16) | (i + 1 < s.Length ? char.ToLowerInvariant(s[i + 1]) : 0);

    private static bool IsWordStart(string text, int i) =>
        char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));

    private static bool IsWordEnd(string text, int end, string phrase)
    {
        if (end >= text.Length)
        {
            return true;
        }
        if (!char.IsLetterOrDigit(phrase[^1]))
        {
            return true;
        }
        return !char.IsLetterOrDigit(text[end]);
    }
}
