using System.Globalization;
using System.Security;
using System.Text;

namespace Lodestone.News.Tests.Properties;

/// <summary>A generated RSS 2.0 or Atom feed of N items with known titles, links, dates and bodies; or the same feed
/// made hostile (a DTD with an entity, cut short, an undefined entity, a control character, a foreign root), for
/// <see cref="GeneratedInputPropertyTests"/>.</summary>
internal sealed record GeneratedFeed(string Xml, IReadOnlyList<GeneratedItem> Items, string? Hostility)
{
    private static readonly string[] Words =
        ["lithium", "R&D", "<export>", "\"quotes\"", "it's", "Zürich", "a > b", "cobalt", "tolls"];

    private static readonly string[] Hostilities = ["dtd", "cut", "entity", "control", "root"];

    public static GeneratedFeed Generate(int seed)
    {
        var random = new Random(seed);
        var atom = random.Next(2) == 0;
        string Word(int _) => Words[random.Next(Words.Length)];
        string Title(int i) => string.Join(' ', Enumerable.Range(0, 1 + random.Next(5)).Select(Word))
            + " " + i.ToString(CultureInfo.InvariantCulture);
        var items = Enumerable.Range(0, random.Next(13)).Select(i => new GeneratedItem(
            Title(i),
            $"https://example.com/news/{seed}/{i}?a=1&b=2",
            new DateOnly(2000, 1, 1).AddDays(random.Next(10_000)),
            $"Body {i} of feed {seed} says {Words[random.Next(Words.Length)]}",
            random.Next(2) == 0)).ToList();
        var xml = atom ? Atom(items) : Rss(items);
        var hostility = random.Next(3) == 0 ? Hostilities[random.Next(Hostilities.Length)] : null;
        return new GeneratedFeed(hostility is null ? xml : Spoil(xml, hostility, random), items, hostility);
    }

    private static string Rss(IReadOnlyList<GeneratedItem> items)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Generated</title>");
        foreach (var item in items)
        {
            var date = item.Published.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc)
                .ToString("R", CultureInfo.InvariantCulture);
            xml.Append("<item><title>").Append(SecurityElement.Escape(item.Title))
                .Append("</title><link>").Append(SecurityElement.Escape(item.Link))
                .Append("</link><pubDate>").Append(date)
                .Append("</pubDate><description>").Append(Body(item)).Append("</description></item>");
        }
        return xml.Append("</channel></rss>").ToString();
    }

    private static string Atom(IReadOnlyList<GeneratedItem> items)
    {
        var xml = new StringBuilder("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Generated</title>");
        foreach (var item in items)
        {
            var date = item.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T10:00:00Z";
            xml.Append("<entry><title>").Append(SecurityElement.Escape(item.Title)).Append("</title><link href=\"")
                .Append(SecurityElement.Escape(item.Link)).Append("\"/><published>").Append(date)
                .Append("</published><content type=\"html\">")
                .Append(Body(item)).Append("</content></entry>");
        }
        return xml.Append("</feed>").ToString();
    }

    /// <summary>The body as an HTML paragraph, escaped or in CDATA.</summary>
    private static string Body(GeneratedItem item)
    {
        var html = "<p>" + SecurityElement.Escape(item.Body) + "</p><script>alert(1)</script>";
        return item.Cdata ? "<![CDATA[" + html + "]]>" : SecurityElement.Escape(html);
    }

    private static string Spoil(string xml, string hostility, Random random) => hostility switch
    {
        "dtd" => "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
            + WithoutDeclaration(xml).Replace("Generated", "&b;", StringComparison.Ordinal),
        "cut" => xml[..random.Next(xml.Length - 1)],
        "entity" => xml.Replace("Generated", "Gen&nbsp;erated", StringComparison.Ordinal),
        "control" => xml.Replace("Generated", "Gen\u0001erated", StringComparison.Ordinal),
        _ => xml.Replace("<rss ", "<rdf ", StringComparison.Ordinal)
            .Replace("</rss>", "</rdf>", StringComparison.Ordinal)
            .Replace("<feed ", "<html ", StringComparison.Ordinal)
            .Replace("</feed>", "</html>", StringComparison.Ordinal),
    };

    private static string WithoutDeclaration(string xml) =>
        xml.StartsWith("<?xml", StringComparison.Ordinal)
            ? xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..]
            : xml;

    public override string ToString() => $"{Items.Count} items, hostility {Hostility ?? "none"}:\n" + Xml;
}
