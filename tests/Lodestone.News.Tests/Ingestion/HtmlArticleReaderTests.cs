using System.Text;
using Lodestone.News.Ingestion;

namespace Lodestone.News.Tests.Ingestion;

public sealed class HtmlArticleReaderTests
{
    private const string Page = """
        <!doctype html><html><head><title>Site | Fallback title</title>
        <meta property="og:title" content="China bans gallium exports">
        <meta property="article:published_time" content="2024-12-03T10:00:00Z">
        <link rel="canonical" href="https://news.example.com/a/1?utm_source=x">
        </head><body>
        <nav><a href="/">Home</a> | <a href="/copper">Copper</a> | <a href="/nickel">Nickel</a></nav>
        <article><h1>China bans gallium exports</h1>
        <p onclick="alert(1)">China banned gallium exports to the United States on Tuesday.</p>
        <script>document.write('evil')</script>
        <div class="related-stories"><ul><li>Tungsten hits record</li></ul></div>
        </article>
        <footer>Copyright. Lithium newsletter.</footer>
        </body></html>
        """;

    [Fact]
    public void Read_Page_TakesMetadataAndMainTextOnly()
    {
        // When the page is read
        var doc = HtmlArticleReader.Read("page.html", Page);

        // Then title and date come from og:title and article:published_time, the URL is canonical,
        // and navigation, scripts, related lists and footer are gone
        Assert.Equal("China bans gallium exports", doc.Title);
        Assert.Equal(new DateOnly(2024, 12, 3), doc.Published);
        Assert.Equal("https://news.example.com/a/1", doc.CanonicalUrl);
        Assert.Contains("China banned gallium exports to the United States on Tuesday.", doc.Text, StringComparison.Ordinal);
        foreach (var gone in new[] { "Copper", "Tungsten", "evil", "alert", "newsletter", "onclick" })
        {
            Assert.DoesNotContain(gone, doc.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    // Why: the three documented date sources after article:published_time.
    [InlineData("<html><head><title>T</title></head><body><article><time datetime=\"2025-11-07\">7 Nov</time><p>x</p></article></body></html>", "2025-11-07")]
    [InlineData("<html><head><title>T</title><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-11-06T22:00:00Z\"}</script></head><body><p>x</p></body></html>", "2025-11-06")]
    [InlineData("<html><head><title>T</title><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"Article\",\"datePublished\":\"2024-01-02\"}]}</script></head><body><p>x</p></body></html>", "2024-01-02")]
    public void Read_DateSources_FindsPublicationDate(string html, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), HtmlArticleReader.Read("p.html", html).Published);
    }

    [Fact]
    public void Read_TenThousandNestedTags_ReturnsTextWithoutCrashing()
    {
        // Given 10,000 nested <div>s around one sentence (hostile input)
        var html = new StringBuilder("<html><body><article>");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append("<div>");
        }
        html.Append("Deep gallium text");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append("</div>");
        }
        html.Append("</article></body></html>");

        // When read, Then the text survives and nothing overflows
        Assert.Contains("Deep gallium text", HtmlArticleReader.Read("deep.html", html.ToString()).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwentyMegabytePage_IsRefusedWithClearError()
    {
        // Given a 20 MB page (hostile input)
        var bytes = new byte[20 * 1024 * 1024];
        Array.Fill(bytes, (byte)'a');

        // Then it is refused with a one-line reason, not parsed
        var error = Assert.Throws<ArticleReadException>(() => HtmlArticleReader.Read("big.html", bytes));
        Assert.Contains("limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidUtf8_ReplacesBadBytes()
    {
        // Given text with invalid UTF-8 bytes (0xC3 0x28 and a lone 0xFF)
        var bytes = new byte[] { 0x43, 0x68, 0x69, 0x6E, 0x61, 0x20, 0xC3, 0x28, 0xFF, 0x20, 0x62, 0x61, 0x6E, 0x73 };

        // When parsed as plain text
        var doc = Assert.Single(ArticleSources.Parse("bad.txt", bytes, null, ".txt"));

        // Then it reads, with U+FFFD in place of the bad bytes
        Assert.StartsWith("China ", doc.Text, StringComparison.Ordinal);
        Assert.Contains('\uFFFD', doc.Text);
    }
}
