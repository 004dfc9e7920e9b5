using Lodestone.News.Model;

namespace Lodestone.News.Text;

/// <summary>Finds the parts of a plain text that are not article prose: link lists, navigation rows and "Related" blocks.</summary>
/// <remarks>
/// A line is ignored when it holds two or more separators ('|', '•', '·', '»'), or when it follows a heading such as
/// "Related", "Read more", "See also", "More from" or "Tags" until the next blank line. Mentions inside ignored
/// regions are not extracted: "Copper | Nickel | Lithium" in a menu says nothing about the article.
/// </remarks>
internal static class IgnoredRegions
{
    private static readonly string[] Headings = ["related", "read more", "see also", "more from", "more on", "tags", "recommended", "most read", "you may also like", "trending"];

    public static IReadOnlyList<TextSpan> Find(string text)
    {
        var result = new List<TextSpan>();
        var inBlock = false;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
            var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
            if (line.IsEmpty)
            {
                inBlock = false;
            }
            else if (IsHeading(line))
            {
                inBlock = true;
                result.Add(new TextSpan(lineStart, lineEnd));
            }
            else if (inBlock || Separators(line) >= 2)
            {
                result.Add(new TextSpan(lineStart, lineEnd));
            }
            lineStart = lineEnd + 1;
        }
        return result;
    }

    private static bool IsHeading(ReadOnlySpan<char> line)
    {
        if (line.Length > 40)
        {
            return false;
        }
        var trimmed = line.TrimEnd(':').TrimEnd();
        foreach (var heading in Headings)
        {
            if (trimmed.StartsWith(heading, StringComparison.OrdinalIgnoreCase) && trimmed.Length <= heading.Length + 16)
            {
                return true;
            }
        }
        return false;
    }

    private static int Separators(ReadOnlySpan<char> line)
    {
        var count = 0;
        foreach (var c in line)
        {
            if (c is '|' or '•' or '·' or '»')
            {
                count++;
            }
        }
        return count;
    }
}
