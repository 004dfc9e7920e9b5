using System.Text.RegularExpressions;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>Finds the clauses of a sentence that give a cause or background rather than the sentence's news.</summary>
/// <remarks>
/// A clause starts at "after", "following", "since", "amid", "because", "as a result of", "in response to" or
/// "hours/days after" and runs to the next comma, semicolon, colon or dash (or the end of the sentence):
/// "Cobalt jumped 50% after Congo suspended exports" reports a price move, not an export control, and Congo is
/// not its party. A clause that opens the sentence ("After the talks, China agreed …") ends at its comma.
/// </remarks>
public static class BackgroundClauses
{
    private static readonly Regex Opener = new(
        @"\b(?:(?:hours|days|weeks|months|shortly|soon|just|a year|two years) )?(?:after|following|since|amid|because|as a result of|in response to|comes after|came after|in retaliation for)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static IReadOnlyList<TextSpan> Find(string sentence, int offset)
    {
        var result = new List<TextSpan>();
        foreach (Match m in Opener.Matches(sentence))
        {
            var end = sentence.IndexOfAny([',', ';', ':', '—', '–'], m.Index + m.Length);
            if (end < 0)
            {
                end = sentence.Length;
            }
            result.Add(new TextSpan(offset + m.Index, offset + end));
        }
        return result;
    }

    /// <summary>The sentence with its background clauses blanked (offsets kept), for typing its news.</summary>
    public static string MainClause(string sentence)
    {
        var spans = Find(sentence, 0);
        if (spans.Count == 0)
        {
            return sentence;
        }
        var chars = sentence.ToCharArray();
        foreach (var span in spans)
        {
            for (var i = span.Start; i < span.End; i++)
            {
                chars[i] = ' ';
            }
        }
        return new string(chars);
    }
}
