using System.Buffers;
using System.Text.RegularExpressions;

namespace Lodestone.News.Extraction;

/// <summary>A literal pre-check for one large trigger pattern: words at least one of which every match of the
/// pattern contains (worked out from the pattern by scripts/news/trigger_factors.py), found or not in one vectorised
/// scan.</summary>
/// <remarks>Most main clauses contain no trigger word at all; for them the scan replaces the pattern's full
/// alternation tried at every word. The scan ignores case as the patterns do; a clause holding a character whose case
/// folding differs between the two (Kelvin sign, long s, dotted or dotless i, Ångström sign) always runs the
/// pattern.</remarks>
internal sealed class TriggerGate(params string[] words)
{
    private static readonly SearchValues<char> OddFolding = SearchValues.Create("\u212A\u017F\u0130\u0131\u212B");

    private readonly SearchValues<string> _words = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    /// <summary>On this thread, every pattern runs (the gates are bypassed): for the tests that compare the extraction
    /// with and without them, and the benchmark that times both.</summary>
    [ThreadStatic]
    internal static bool Bypassed;

    /// <summary>Whether <paramref name="text"/> may hold a match: false only when it holds none of the words.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) =>
        Bypassed || text.IndexOfAny(_words) >= 0 || text.IndexOfAny(OddFolding) >= 0;

    /// <summary>The pattern's first match in <paramref name="text"/>, not run when the text cannot hold one.</summary>
    public Match Match(Regex pattern, string text) =>
        MayMatch(text) ? pattern.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>Whether the pattern matches <paramref name="text"/>, not run when the text cannot hold
    /// one.</summary>
    public bool IsMatch(Regex pattern, string text) => MayMatch(text) && pattern.IsMatch(text);
}
