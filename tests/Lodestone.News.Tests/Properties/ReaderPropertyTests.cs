using Lodestone.News.Extraction;
using Lodestone.News.Ingestion;
using Lodestone.News.Tests.Evaluation;
using Lodestone.Testing.Fuzzing;

namespace Lodestone.News.Tests.Properties;

/// <summary>Properties of the news readers on mutated real inputs: HTML pages, RSS and Atom feeds and article text either
/// read or are refused with <see cref="ArticleReadException"/>, never another exception, and without blowing up in time.</summary>
/// <remarks>Seeds: articles of the corpus's train split wrapped as a page and as feed items (never the locked test split).</remarks>
public sealed class ReaderPropertyTests
{
    private static readonly string[] Articles = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", "train"), "*.txt")
        .Order(StringComparer.Ordinal).Take(12).Select(File.ReadAllText).ToArray();

    private static string Page(string text) =>
        "<!DOCTYPE html><html><head><title>Minerals</title><meta property=\"article:published_time\" content=\"2025-10-09T08:00:00Z\">"
        + "<script>var x = '<p>';</script><style>p{}</style></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Headline</h1><div><div>"
        + string.Concat(text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p) + "</p>"))
        + "</div></div></article><footer>&copy; 2025 &amp; more</footer></body></html>";

    private static string Rss(string text) =>
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Mining</title><item><title>One</title><link>https://example.com/1</link>"
        + "<pubDate>Mon, 03 Jul 2023 10:00:00 GMT</pubDate><description>" + System.Security.SecurityElement.Escape(text) + "</description></item>"
        + "<item><title>Two</title><link>https://example.com/2</link><description><![CDATA[<p>CDATA body</p>]]></description></item></channel></rss>";

    private static string Atom(string text) =>
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><title>Entry</title><link href=\"https://example.com/e\"/>"
        + "<published>2022-12-20T08:00:00Z</published><summary>" + System.Security.SecurityElement.Escape(text) + "</summary></entry></feed>";

    [Fact]
    public void HtmlArticleReader_MutatedPages_ReadOrRefuse()
    {
        var outcomes = Mutations.Check<ArticleReadException>(Articles.Select(Page).ToArray(), h => HtmlArticleReader.Read("page.html", h), iter: 300);

        // HTML is read leniently (a browser's rules): refusals are rare, reading must happen.
        Assert.True(outcomes.Read > 0, outcomes.ToString());
    }

    [Fact]
    public void FeedReader_MutatedRssAndAtom_ReadOrRefuse()
    {
        string[] feeds = [.. Articles.Take(6).Select(Rss), .. Articles.Skip(6).Select(Atom)];

        var outcomes = Mutations.Check<ArticleReadException>(feeds, f => FeedReader.Read("feed.xml", f), iter: 300);

        Assert.True(outcomes.Read > 0 && outcomes.Refused > 0, outcomes.ToString());
    }

    [Fact]
    public void ArticleExtractor_MutatedArticles_NeverThrows()
    {
        var extractor = new ArticleExtractor(DevSet.Gazetteers);

        var outcomes = Mutations.Check<NeverThrown>(Articles, t => extractor.Extract(t, "Title", new DateOnly(2025, 11, 7)), iter: 300);

        Assert.Equal(0, outcomes.Refused);
    }

    /// <summary>No exception is expected from the extractor: any input is text.</summary>
    private sealed class NeverThrown : Exception;
}
