using System.Globalization;
using System.Text;

namespace Lodestone.News.Tests.Properties;

/// <summary>A generated HTML page: an article whose body is random nesting (sometimes past the depth limit) with
/// unclosed, stray and misnested tags, comments and entities, and one known paragraph somewhere inside, for
/// <see cref="GeneratedInputPropertyTests"/>.</summary>
internal sealed record GeneratedPage(string Html, string Paragraph, int Depth)
{
    /// <summary>Elements that nest and need an end tag (counted by the depth limiter); inline ones are misnested on
    /// purpose.</summary>
    private static readonly string[] Tags = ["div", "section", "span", "em", "b", "blockquote"];

    private static readonly string[] Noise =
    [
        "plain words", "<!-- a comment with <div> inside -->", "</span>", "< 3 is less", "&amp; &lt;b&gt; &#169;",
        "<br>",
        "<img src=\"x.png\" alt=\"<div>\">", "</div>", "<b>bold", "&unknown;", "<p>", "\u00a0",
    ];

    public static GeneratedPage Generate(int seed)
    {
        var random = new Random(seed);
        var depth = random.Next(4) == 0 ? 300 + random.Next(900) : random.Next(40);
        var at = random.Next(depth + 1);
        var paragraph = "Paragraph " + seed.ToString(CultureInfo.InvariantCulture) + " of the generated article";
        var html = new StringBuilder("<!DOCTYPE html><html><head><title>Generated</title></head><body>")
            .Append("<nav>Home</nav><article>");
        var open = new Stack<string>();
        for (var level = 0; level <= depth; level++)
        {
            if (level == at)
            {
                html.Append("<p>").Append(paragraph).Append("</p>");
            }
            if (random.Next(3) == 0)
            {
                html.Append(Noise[random.Next(Noise.Length)]);
            }
            if (level < depth)
            {
                var tag = Tags[random.Next(Tags.Length)];
                html.Append('<').Append(tag).Append(random.Next(2) == 0 ? $" class=\"c{level}\">" : ">");
                open.Push(tag);
            }
        }
        Close(random, html, open);
        if (random.Next(2) == 0)
        {
            html.Append("</article><footer>Footer</footer></body></html>");
        }
        return new GeneratedPage(html.ToString(), paragraph, depth);
    }

    /// <summary>Closes all tags in order, some, none, or in a shuffled order (misnesting).</summary>
    private static void Close(Random random, StringBuilder html, Stack<string> open)
    {
        var tags = open.ToList();
        switch (random.Next(4))
        {
            case 0:
                tags.ForEach(t => html.Append("</").Append(t).Append('>'));
                break;
            case 1:
                tags.Take(random.Next(tags.Count + 1)).ToList().ForEach(t => html.Append("</").Append(t).Append('>'));
                break;
            case 2:
                tags.OrderBy(_ => random.Next()).ToList().ForEach(t => html.Append("</").Append(t).Append('>'));
                break;
            default:
                break;
        }
    }

    public override string ToString() =>
        $"depth {Depth}, {Html.Length} chars, paragraph '{Paragraph}':\n"
        + (Html.Length > 3000 ? Html[..3000] + "…" : Html);
}
