using System.IO.Compression;
using System.Text;
using Lodestone.News.Ingestion;
using Lodestone.News.Storage;
using Lodestone.Testing;

namespace Lodestone.News.Tests.Ingestion;

/// <summary>Inputs from the issue "Nothing lost, nothing crashes": each is bounded, decoded or cleaned as a reader must.</summary>
public sealed class HostileInputTests
{
    private static FetchOptions Options => FetchOptions.Default with { Timeout = TimeSpan.FromSeconds(5), MaxBytes = 64 * 1024 };

    [Fact]
    public void ReadFile_DevZero_StopsAtTheSizeLimitWithAClearError()
    {
        // Given a file that reports size 0 and never ends (read until killed at 4.2 GB before)
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        // When
        var result = ArticleSources.ReadFile("/dev/zero", null);

        // Then
        Assert.Empty(result.Documents);
        Assert.Contains("more than 10 MB read, over the limit", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HundredThousandNestedDivs_KeepsTheTextInBoundedTime()
    {
        // Given 100,000 nested <div>s (1.1 MB) around one sentence: 90 s to extract before
        var html = new StringBuilder("<html><body><article>");
        html.Insert(html.Length, "<div>", 100_000).Append("Deep gallium text").Insert(html.Length, "</div>", 100_000);
        html.Append("</article></body></html>");
        var cpu = ThreadCpuClock.StartNew();

        // When
        var text = HtmlArticleReader.Read("deep.html", html.ToString()).Text;

        // Then the text is kept; the 512-level cap bounds the parser's work (CPU time: wall time reached 22.8 s at
        // load 60)
        Assert.Contains("Deep gallium text", text, StringComparison.Ordinal);
        Assert.True(cpu.Elapsed < TimeSpan.FromSeconds(10), $"took {cpu.Elapsed} of CPU");
    }

    [Fact]
    public void Limit_OrdinaryPage_IsReturnedUnchanged()
    {
        var html = "<html><head><script>if (a<b) { x('<div>'); }</script></head><body><p>One<p>Two<ul><li>a<li>b</ul><div class=\"x>y\"><br/><img src=a></div></body></html>";

        Assert.Same(html, HtmlDepthLimiter.Limit(html));
    }

    [Fact]
    public void Limit_NestingBeyondTheCap_DropsOnlyTheExcessTags()
    {
        // Given 600 nested spans: 512 are kept, the 88 innermost start and end tags are dropped
        var html = string.Concat(Enumerable.Repeat("<span>", 600)) + "x" + string.Concat(Enumerable.Repeat("</span>", 600));

        var limited = HtmlDepthLimiter.Limit(html);

        Assert.Equal(string.Concat(Enumerable.Repeat("<span>", 512)) + "x" + string.Concat(Enumerable.Repeat("</span>", 512)), limited);
    }

    [Fact]
    public async Task ReadAsync_GzipEncodedPage_IsDecodedNotStoredAsBinary()
    {
        // Given a server that answers with a gzip-encoded feed
        const string feed = """<rss version="2.0"><channel><item><title>Ban</title><link>https://example.com/b</link><description>China banned gallium exports.</description></item></channel></rss>""";
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(feed));
        }
        var body = compressed.ToArray();
        await using var server = new LoopbackServer(async (_, s, ct) =>
        {
            var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Encoding: gzip\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
            await s.WriteAsync(head, ct);
            await s.WriteAsync(body, ct);
        });
        using var fetcher = new UrlFetcher(Options);

        // When
        var result = Assert.Single(await new ArticleSources(fetcher).ReadAsync([server.Url("/feed.xml").ToString()], null, CancellationToken.None));

        // Then
        Assert.Null(result.Error);
        Assert.Equal("China banned gallium exports.", Assert.Single(result.Documents).Text);
    }

    [Fact]
    public async Task ReadAsync_UrlWithCredentials_KeepsThemOutOfEverythingStored()
    {
        // Given a feed URL with a user name and password
        const string feed = """<rss version="2.0"><channel><item><title>Ban</title><description>China banned gallium exports.</description></item></channel></rss>""";
        await using var server = new LoopbackServer((_, s, ct) => LoopbackServer.WriteAsync(s, "200 OK", feed, ct: ct));
        using var fetcher = new UrlFetcher(Options);
        var url = server.Url("/feed.xml").ToString().Replace("http://", "http://reader:s3cret@", StringComparison.Ordinal);

        // When it is read and stored
        var result = Assert.Single(await new ArticleSources(fetcher).ReadAsync([url], null, CancellationToken.None));
        using var dir = new TempDirectory();
        using var store = NewsStores.Open(dir.File("news.db"));
        var id = store.TryAddArticle(Assert.Single(result.Documents), DateTimeOffset.UnixEpoch)!.Value;

        // Then no stored or reported field holds the password
        var article = store.Article(id)!;
        Assert.DoesNotContain("s3cret", result.Location, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", article.Location, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", article.Url ?? "", StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:", article.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void TryAddArticle_DocumentWithCredentialsInItsUrl_StoresItWithout()
    {
        using var dir = new TempDirectory();
        using var store = NewsStores.Open(dir.File("news.db"));
        var document = new ArticleDocument("https://u:p@example.com/a", "https://u:p@example.com/a", "T", null, "China banned gallium exports.");

        var article = store.Article(store.TryAddArticle(document, DateTimeOffset.UnixEpoch)!.Value)!;

        Assert.Equal(("https://example.com/a", "https://example.com/a"), (article.Location, article.Url));
    }
}
