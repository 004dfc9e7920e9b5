using System.Diagnostics;
using System.Net;
using System.Text;
using Lodestone.News.Ingestion;

namespace Lodestone.News.Tests.Ingestion;

public sealed class UrlFetcherTests
{
    private const string Feed = """<rss version="2.0"><channel><item><title>Ban</title><link>https://example.com/b</link><description>China banned gallium exports.</description></item></channel></rss>""";

    private static FetchOptions Options => FetchOptions.Default with { Timeout = TimeSpan.FromSeconds(5), MaxBytes = 64 * 1024 };

    [Fact]
    public async Task ReadAsync_LoopbackFeed_YieldsArticles()
    {
        // Given a loopback server serving an RSS feed
        await using var server = new LoopbackServer((_, s, ct) => LoopbackServer.WriteAsync(s, "200 OK", Feed, ct: ct));
        using var fetcher = new UrlFetcher(Options);

        // When the URL is read
        var result = Assert.Single(await new ArticleSources(fetcher).ReadAsync([server.Url("/feed.xml").ToString()], null, CancellationToken.None));

        // Then the item is an article
        Assert.Null(result.Error);
        Assert.Equal("China banned gallium exports.", Assert.Single(result.Documents).Text);
    }

    [Fact]
    public async Task FetchAsync_FeedThatNeverEnds_StopsWithClearError()
    {
        // Given a server that streams a feed forever (hostile input)
        await using var server = new LoopbackServer(async (_, s, ct) =>
        {
            await s.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nConnection: close\r\n\r\n<rss><channel>"), ct);
            var item = Encoding.ASCII.GetBytes("<item><title>again</title></item>");
            while (!ct.IsCancellationRequested)
            {
                await s.WriteAsync(item, ct);
            }
        });
        using var fetcher = new UrlFetcher(Options);

        // When fetched, Then it stops at the size cap with a one-line reason
        var error = await Assert.ThrowsAsync<ArticleReadException>(() => fetcher.FetchAsync(server.Url("/endless"), CancellationToken.None));
        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_SlowServer_TimesOut()
    {
        // Given a server that sends headers and then nothing
        await using var server = new LoopbackServer(async (_, s, ct) =>
        {
            await s.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"), ct);
            await Task.Delay(Timeout.Infinite, ct);
        });
        using var fetcher = new UrlFetcher(Options with { Timeout = TimeSpan.FromSeconds(1) });

        var error = await Assert.ThrowsAsync<ArticleReadException>(() => fetcher.FetchAsync(server.Url("/slow"), CancellationToken.None));
        Assert.Contains("within", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_TooManyRedirects_IsRefused()
    {
        await using var server = new LoopbackServer((path, s, ct) => LoopbackServer.WriteAsync(s, "302 Found", "", $"Location: {path}x\r\n", ct));
        using var fetcher = new UrlFetcher(Options);
        var error = await Assert.ThrowsAsync<ArticleReadException>(() => fetcher.FetchAsync(server.Url("/r"), CancellationToken.None));
        Assert.Contains("redirects", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Why: private ranges (RFC 1918), link-local cloud metadata, carrier-grade NAT.
    [InlineData("http://10.1.2.3/feed")]
    [InlineData("http://192.168.0.10/feed")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://100.64.0.1/")]
    public async Task FetchAsync_PrivateAddress_RefusedWithoutConnecting(string url)
    {
        // Given the default policy (private addresses not allowed) and a long timeout
        using var fetcher = new UrlFetcher(FetchOptions.Default with { Timeout = TimeSpan.FromSeconds(30) });
        var clock = Stopwatch.StartNew();

        // When fetched, Then it is refused at once: a connection attempt to an unroutable address would hang until the timeout
        var error = await Assert.ThrowsAsync<ArticleReadException>(() => fetcher.FetchAsync(new Uri(url), CancellationToken.None));
        Assert.Contains("refused", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("8.8.8.8", true)]
    [InlineData("10.0.0.1", false)]
    [InlineData("172.20.1.1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("fe80::1", false)]
    // Why (all below): IPv6 forms that carry 169.254.169.254, the cloud metadata address, passed the policy before.
    [InlineData("64:ff9b::a9fe:a9fe", false)] // NAT64 well-known prefix
    [InlineData("64:ff9b::808:808", true)] // NAT64 of a public address stays allowed
    [InlineData("64:ff9b:1::a9fe:a9fe", false)] // local-use NAT64 prefix, refused whole
    [InlineData("::a9fe:a9fe", false)] // IPv4-compatible
    [InlineData("::ffff:0:a9fe:a9fe", false)] // IPv4-translated
    [InlineData("2002:a9fe:a9fe::1", false)] // 6to4
    [InlineData("2002:808:808::1", true)] // 6to4 of a public address
    [InlineData("2001:0:4136:e378:8000:63bf:5601:5601", false)] // Teredo, client stored inverted (~5601:5601 = a9fe:a9fe)
    [InlineData("2001:db8::5efe:a9fe:a9fe", false)] // ISATAP interface id
    [InlineData("64:ff9b::7f00:1", false)] // NAT64 of loopback is not this machine's loopback
    [InlineData("2606:4700::1111", true)] // an ordinary public IPv6 address
    public void IsAllowed_Address_FollowsPolicy(string address, bool allowed)
    {
        Assert.Equal(allowed, new AddressPolicy().IsAllowed(IPAddress.Parse(address)));
        Assert.True(new AddressPolicy(AllowPrivate: true).IsAllowed(IPAddress.Parse(address)));
    }
}
