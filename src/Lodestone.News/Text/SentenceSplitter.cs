using Lodestone.News.Model;

namespace Lodestone.News.Text;

/// <summary>Splits text into sentences: at line breaks, and at '.', '!' or '?' followed by a space and a capital or quote.</summary>
/// <remarks>
/// Abbreviations do not end sentences: single letters and dotted forms ("U.S.", "U.K."), titles and month
/// abbreviations ("Mr.", "Nov."). Offsets are kept; leading and trailing whitespace is trimmed from each span.
/// </remarks>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "St", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "No", "vs",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "etc", "Pty",
    };

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var result = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(text, start, i, result);
                start = i + 1;
            }
            else if ((c is '.' or '!' or '?') && EndsSentence(text, i))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')')
                {
                    end++;
                }
                Add(text, start, end, result);
                start = end;
                i = end - 1;
            }
        }
        Add(text, start, text.Length, result);
        return result;
    }

    private static bool EndsSentence(string text, int i)
    {
        var next = i + 1;
        while (next < text.Length && text[next] is '"' or '”' or '’' or '\'' or ')')
        {
            next++;
        }
        if (next >= text.Length)
        {
            return true;
        }
        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }
        if (text[i] != '.')
        {
            return true;
        }
        var after = next;
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }
        if (after < text.Length && !(char.IsUpper(text[after]) || text[after] is '"' or '“' or '‘' or '\n' or '\r' || char.IsDigit(text[after])))
        {
            return false;
        }
        // The word before the period: an abbreviation does not end the sentence.
        var wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }
        var word = text[wordStart..i];
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }
        if (word.Contains('.', StringComparison.Ordinal))
        {
            // "U.S." before a capital is usually "U.S. President": keep going unless a new sentence clearly starts.
            return false;
        }
        return !Abbreviations.Contains(word);
    }

    private static void Add(string text, int start, int end, List<TextSpan> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            result.Add(new TextSpan(start, end));
        }
    }
}
