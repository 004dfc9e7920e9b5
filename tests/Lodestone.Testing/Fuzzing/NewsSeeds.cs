using System.Net;
using System.Security;

namespace Lodestone.Testing.Fuzzing;

/// <summary>Real article text wrapped as the inputs the news readers take: an HTML page, an RSS 2.0 feed and an Atom feed.
/// Seeds for the reader properties and the fuzzing harnesses (fuzz/Lodestone.Fuzz).</summary>
public static class NewsSeeds
{
    /// <summary>The first <paramref name="count"/> articles of the corpus's train split (never the locked test split).</summary>
    public static IReadOnlyList<string> TrainArticles(string corpusDirectory, int count = 12) =>
        Directory.GetFiles(Path.Combine(corpusDirectory, "train"), "*.txt").Order(StringComparer.Ordinal).Take(count).Select(File.ReadAllText).ToArray();

    /// <summary>A page with the parts a reader must skip (script, style, navigation, footer) around the article's paragraphs.</summary>
    public static string Page(string text) =>
        "<!DOCTYPE html><html><head><title>Minerals</title><meta property=\"article:published_time\" content=\"2025-10-09T08:00:00Z\">"
        + "<script>var x = '<p>';</script><style>p{}</style></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Headline</h1><div><div>"
        + string.Concat(text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>"))
        + "</div></div></article><footer>&copy; 2025 &amp; more</footer></body></html>";

    /// <summary>An RSS 2.0 feed: the text as one item's description, and a second item with a CDATA body.</summary>
    public static string Rss(string text) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Mining</title><item><title>One</title><link>https://example.com/1</link>"
        + "<pubDate>Mon, 03 Jul 2023 10:00:00 GMT</pubDate><description>" + SecurityElement.Escape(text) + "</description></item>"
        + "<item><title>Two</title><link>https://example.com/2</link><description><![CDATA[<p>CDATA body</p>]]></description></item></channel></rss>";

    /// <summary>An Atom feed with the text as one entry's summary.</summary>
    public static string Atom(string text) =>
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><title>Entry</title><link href=\"https://example.com/e\"/>"
        + "<published>2022-12-20T08:00:00Z</published><summary>" + SecurityElement.Escape(text) + "</summary></entry></feed>";
}
