using System.Text.RegularExpressions;
using Lodestone.News.Model;

namespace Lodestone.News.Extraction;

/// <summary>Finds the parts of a sentence that name a country only as a motive ("to cut reliance on China").</summary>
/// <remarks>
/// A scope starts at a motive phrase (reliance/dependence on, the influence of, counter, away from, alternative to,
/// non-market) and runs to the end of the clause (the next comma, semicolon, colon, dash or full stop). Countries in a
/// scope are not parties of the sentence's event. A partner named in a clause about what the subject owns or once
/// planned with it ("the refinery it owns with Tianqi Lithium", "a project it had once planned to build with China's
/// Tsingshan") is set aside the same way: the partner does not act in the news.
/// </remarks>
internal static partial class MotiveScope
{
    private static readonly Regex Motive = MotiveRegex();

    public static IReadOnlyList<TextSpan> Find(string sentence, int offset)
    {
        var result = new List<TextSpan>();
        foreach (Match m in Motive.Matches(sentence))
        {
            var start = m.Index;
            if (m.Value.StartsWith('\'') || m.Value.StartsWith('’'))
            {
                // "China's influence": the possessor is the motive; step back over it.
                start = sentence.LastIndexOf(' ', Math.Max(0, m.Index - 1)) + 1;
            }
            var end = sentence.IndexOfAny([',', ';', ':', '—', '–', '.'], m.Index + m.Length);
            if (end < 0)
            {
                end = sentence.Length;
            }
            result.Add(new TextSpan(offset + start, offset + end));
        }
        return result;
    }

    [GeneratedRegex(
        @"\b(?:relian(?:ce|t) on|dependen(?:ce|cy|t) on|depend(?:s|ing)? on|influence of|(?:'s|’s) (?:influence|control|dominance|grip)|outside|without|free (?:of|from)|independent of|counter(?:ing|s)?|away from|alternatives? to|non-market|dominance of|dominated by|grip of|monopoly of|borders? with|(?:seek|seeks|seeking|trying|try|tries) to follow|to emulate|the example of|in the footsteps of|(?:it|they) (?:[\w-]+ ){0,4}?(?:owns?|co-owns?|operates?|runs?|shares?|build|built|develop(?:s|ed)?) (?:jointly )?with)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MotiveRegex();
}
