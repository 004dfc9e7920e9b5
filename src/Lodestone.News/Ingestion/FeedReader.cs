using System.Xml;
using System.Xml.Linq;

namespace Lodestone.News.Ingestion;

/// <summary>Reads RSS 2.0 and Atom feeds into articles: title, link, date, and the item's HTML flattened to text.</summary>
/// <remarks>DTDs are refused and documents over <see cref="MaxCharacters"/> stop the reader (no entity expansion, no unbounded read).</remarks>
public static class FeedReader
{
    /// <summary>Largest feed read: 10 million characters.</summary>
    public const long MaxCharacters = 10_000_000;

    public static bool LooksLikeFeed(string content)
    {
        var head = content.Length > 2000 ? content[..2000] : content;
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase);
    }

    public static IReadOnlyList<ArticleDocument> Read(string location, string content)
    {
        XDocument xml;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = MaxCharacters,
                MaxCharactersFromEntities = 1024,
            };
            using var reader = XmlReader.Create(new StringReader(content), settings);
            xml = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new ArticleReadException($"{location}: not a readable RSS/Atom feed ({e.Message})", e);
        }
        var root = xml.Root ?? throw new ArticleReadException($"{location}: empty feed");
        XNamespace atom = "http://www.w3.org/2005/Atom";
        XNamespace content1 = "http://purl.org/rss/1.0/modules/content/";
        var result = new List<ArticleDocument>();
        if (root.Name.LocalName == "rss")
        {
            foreach (var item in root.Descendants("item"))
            {
                var html = (string?)item.Element(content1 + "encoded") ?? (string?)item.Element("description") ?? "";
                result.Add(new ArticleDocument(location, ((string?)item.Element("link"))?.Trim(), ((string?)item.Element("title"))?.Trim(),
                    PlainTextReader.ParseDate((string?)item.Element("pubDate")), HtmlArticleReader.FragmentText(html)));
            }
        }
        else if (root.Name == atom + "feed")
        {
            foreach (var entry in root.Elements(atom + "entry"))
            {
                var html = (string?)entry.Element(atom + "content") ?? (string?)entry.Element(atom + "summary") ?? "";
                var link = entry.Elements(atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
                result.Add(new ArticleDocument(location, ((string?)link?.Attribute("href"))?.Trim(), ((string?)entry.Element(atom + "title"))?.Trim(),
                    PlainTextReader.ParseDate((string?)entry.Element(atom + "published") ?? (string?)entry.Element(atom + "updated")),
                    HtmlArticleReader.FragmentText(html)));
            }
        }
        else
        {
            throw new ArticleReadException($"{location}: root element <{root.Name.LocalName}> is neither RSS nor Atom");
        }
        return result;
    }
}
