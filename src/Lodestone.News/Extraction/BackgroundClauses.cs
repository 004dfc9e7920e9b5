using System.Text.RegularExpressions;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>Finds the clauses of a sentence that give a cause or background rather than the sentence's news.</summary>
/// <remarks>
/// A clause starts at "after", "following", "since", "amid", "because", "as a result of", "in response to", "in the
/// wake of", "on concerns that", a purpose of protection ("to cushion industry against …"), ", as …", "as" before a
/// market's prices, demand, supply, sales or costs ("has cut costs as lithium prices fell") or "under the …
/// agreement" and runs to the next comma, semicolon, colon or dash (or the end of the sentence):
/// "Cobalt jumped 50% after Congo suspended exports" reports a price move, not an export control, and Congo is not
/// its party. A clause that opens the sentence ends at its comma when one follows within 60 characters
/// ("After years of talks, …"); without one it covers only its first three words ("After the talks China agreed …").
/// </remarks>
internal static partial class BackgroundClauses
{
    private static readonly Regex Opener = OpenerRegex();

    public static IReadOnlyList<TextSpan> Find(string sentence, int offset) => Find(sentence, offset, relatives: true);

    /// <summary>The background clauses; <paramref name="relatives"/> false leaves out ", which …" clauses (they describe, and may locate, the object).</summary>
    public static IReadOnlyList<TextSpan> Find(string sentence, int offset, bool relatives)
    {
        var result = new List<TextSpan>();
        foreach (Match m in Opener.Matches(sentence))
        {
            if (!relatives && m.Groups["relative"].Success)
            {
                continue;
            }
            var end = sentence.IndexOfAny([',', ';', ':', '—', '–'], m.Index + m.Length);
            if (m.Index == 0 && (end < 0 || end > 60))
            {
                // "After the talks China agreed …": a one-word opener takes its object's first two words.
                end = EndOfWords(sentence, m.Index + m.Length, m.Value.Contains(' ', StringComparison.Ordinal) ? 0 : 2);
            }
            else if (end < 0)
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

    private static int EndOfWords(string sentence, int from, int words)
    {
        var i = from;
        for (var w = 0; w < words && i < sentence.Length; w++)
        {
            while (i < sentence.Length && sentence[i] == ' ')
            {
                i++;
            }
            while (i < sentence.Length && sentence[i] != ' ')
            {
                i++;
            }
        }
        return i;
    }

    [GeneratedRegex(
        @"\b(?:(?:hours|days|weeks|months|shortly|soon|just|a year|two years) )?(?:after|following|since|amid|because|as a result of|in response to|comes after|came after|in retaliation for|complying with|in compliance with|to comply with|in the (?:face|wake) of|on the back of|(?:helped|driven|boosted|hit|hurt|weighed down|dragged down|held back|supported) by|thanks to|on (?:concerns|fears|worries|expectations) (?:over|about|of|that)|to (?:cushion|shield|insulate|protect|guard|hedge|buffer|safeguard)|(?<!^)under (?:the|a|its|their) (?:[\w-]+ ){0,3}(?:agreement|deal|framework|pact|accord|programme|program|scheme|partnership))\b|, as (?!well\b|part\b|much\b|many\b|of\b)|, (?:reviving|reversing|overturning|undoing|restoring|replacing|echoing|repeating|mirroring|matching|extending)\b|(?<=\w )as (?!well\b|much\b|many\b|part\b|of\b|a result\b|high\b|low\b|far\b|long\b|soon\b)(?=(?:[\w'’-]+ ){0,3}(?:prices?|demand|supply|sales|costs)\b)|(?<relative>, which\b|, who\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OpenerRegex();
}
