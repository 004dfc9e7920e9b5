using System.Text;

namespace Lodestone.News.Ingestion;

/// <summary>Drops the tags of elements nested deeper than <see cref="MaxDepth"/>, keeping their text, before the HTML parser runs.</summary>
/// <remarks>
/// <para>HTML tree construction checks "element in scope" by walking the stack of open elements, so nested tags cost time in
/// the square of their depth: 100,000 nested <c>&lt;div&gt;</c> (1.1 MB) took 90 s to extract. Browsers cap the depth
/// instead (Chromium's parser stops nesting at 512 and adds deeper elements as siblings); this does the same with one linear
/// scan: a start tag at a depth beyond the cap is left out, and so is the end tag that closes it, so the text stays.</para>
/// <para>The scan tracks depth over elements that must be closed explicitly; void elements, elements whose end tag is
/// optional (<c>p</c>, <c>li</c>, <c>td</c>…), self-closing tags, comments, declarations and raw-text contents
/// (<c>script</c>, <c>style</c>…) do not count, so ordinary pages pass through unchanged.</para>
/// </remarks>
internal static class HtmlDepthLimiter
{
    /// <summary>Deepest nesting kept: Chromium's parser limit.</summary>
    public const int MaxDepth = 512;

    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        // optional end tags (closed implicitly by the parser, so a naive count would only grow)
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp", "rtc",
        "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript",
    };

    /// <summary><paramref name="html"/> itself when no element is nested deeper than <see cref="MaxDepth"/>; else a copy without the excess tags.</summary>
    public static string Limit(string html)
    {
        StringBuilder? output = null;
        var copiedTo = 0;
        var depth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }
            var next = html[open + 1];
            if (next is '!' or '?')
            {
                i = SkipPast(html, open, next == '!' && html.AsSpan(open).StartsWith("<!--") ? "-->" : ">");
                continue;
            }
            var isEnd = next == '/';
            var nameStart = open + (isEnd ? 2 : 1);
            var nameEnd = NameEnd(html, nameStart);
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i = open + 1;
                continue;
            }
            var close = TagEnd(html, nameEnd);
            var name = html[nameStart..nameEnd];
            var selfClosing = !isEnd && close > 0 && html[close - 1] == '/';
            var counted = !Uncounted.Contains(name) && !selfClosing;
            var drop = counted && Drops(ref depth, isEnd);
            var after = close + 1;
            if (drop)
            {
                output ??= new StringBuilder(html.Length);
                output.Append(html, copiedTo, open - copiedTo);
                copiedTo = after;
            }
            if (!isEnd && RawText.Contains(name))
            {
                // The element's text runs to its end tag; markup-like text inside it is not markup.
                var end = html.IndexOf("</" + name, after, StringComparison.OrdinalIgnoreCase);
                after = end < 0 ? html.Length : end;
            }
            i = after;
        }
        if (output is null)
        {
            return html;
        }
        output.Append(html, copiedTo, html.Length - copiedTo);
        return output.ToString();
    }

    /// <summary>Where a tag name starting at <paramref name="start"/> ends (ASCII letters, digits and
    /// hyphens).</summary>
    private static int NameEnd(string html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '-'))
        {
            end++;
        }
        return end;
    }

    /// <summary>Moves <paramref name="depth"/> for a counted tag (a start tag one deeper, an end tag one shallower) and
    /// says whether the tag lies beyond <see cref="MaxDepth"/>, so is dropped.</summary>
    private static bool Drops(ref int depth, bool isEnd)
    {
        if (isEnd)
        {
            var drop = depth > MaxDepth;
            depth = Math.Max(0, depth - 1);
            return drop;
        }
        depth++;
        return depth > MaxDepth;
    }

    /// <summary>Index of the <c>&gt;</c> ending the tag whose name ends at <paramref name="from"/>, skipping quoted attribute values.</summary>
    private static int TagEnd(string html, int from)
    {
        var quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }
        return html.Length - 1;
    }

    private static int SkipPast(string html, int from, string terminator)
    {
        var end = html.IndexOf(terminator, from + 2, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + terminator.Length;
    }
}
