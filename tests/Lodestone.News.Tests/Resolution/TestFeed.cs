using System.Globalization;
using System.Security;
using System.Text;
using Lodestone.Data.Storage;
using Lodestone.News.Extraction;
using Lodestone.News.Ingestion;
using Lodestone.News.Resolution;
using Lodestone.News.Storage;
using Lodestone.News.Tests.Evaluation;
using Lodestone.Testing;

namespace Lodestone.News.Tests.Resolution;

/// <summary>An RSS 2.0 feed written from (publication date, text) items, and the ingestor <c>news ingest</c>
/// builds.</summary>
internal static class TestFeed
{
    public static string Rss(IEnumerable<(DateOnly Published, string Body)> items)
    {
        var text = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Minerals</title>");
        var i = 0;
        foreach (var (published, body) in items)
        {
            var date = published.ToDateTime(new TimeOnly(8, 0)).ToString("R", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"<item><title>Item {i}</title>")
                .Append(CultureInfo.InvariantCulture, $"<link>https://example.com/{i}</link>")
                .Append(CultureInfo.InvariantCulture, $"<pubDate>{date}</pubDate>")
                .Append("<description>").Append(SecurityElement.Escape(body)).Append("</description></item>");
            i++;
        }
        return text.Append("</channel></rss>").ToString();
    }

    /// <summary>"d MMMM yyyy", as an article writes a date.</summary>
    public static string Written(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static NewsIngestor Ingestor(INewsStore store) =>
        new(new ArticleExtractor(DevSet.Gazetteers), new KnowledgeBaseMatcher(DefaultData.Dataset), store,
            TimeProvider.System);

    /// <summary>A migrated news store in a new SQLite file.</summary>
    public static SqlNewsStore OpenStore(string path) =>
        NewsStores.OpenAsync(StoreTarget.Resolve(path), CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Reads <paramref name="feed"/> as <c>news ingest</c> reads a feed file (written to
    /// <paramref name="path"/>).</summary>
    public static SourceResult Source(string path, string feed)
    {
        File.WriteAllText(path, feed);
        return ArticleSources.ReadFile(path, null);
    }
}
