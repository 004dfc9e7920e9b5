using Lodestone.News.Ingestion;

namespace Lodestone.News.Tests.Ingestion;

public sealed class FeedReaderTests
{
    [Fact]
    public void Read_Rss_GivesOneArticlePerItem()
    {
        var rss = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Mining</title>
            <item><title>Gallium curbs</title><link>https://example.com/g</link><pubDate>Mon, 03 Jul 2023 10:00:00 GMT</pubDate>
            <description>&lt;p&gt;China announced &lt;b&gt;export controls&lt;/b&gt; on gallium.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>
            <item><title>Second</title><link>https://example.com/2</link><description>Plain</description></item>
            </channel></rss>
            """;
        var docs = FeedReader.Read("feed.xml", rss);
        Assert.Equal(2, docs.Count);
        Assert.Equal("Gallium curbs", docs[0].Title);
        Assert.Equal(new DateOnly(2023, 7, 3), docs[0].Published);
        Assert.Equal("China announced export controls on gallium.", docs[0].Text);
    }

    [Fact]
    public void Read_Atom_GivesEntries()
    {
        var atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
            <entry><title>Lithium ban</title><link href="https://example.com/li"/><published>2022-12-20T08:00:00Z</published><summary>Zimbabwe banned raw lithium exports.</summary></entry>
            </feed>
            """;
        var doc = Assert.Single(FeedReader.Read("feed.atom", atom));
        Assert.Equal("https://example.com/li", doc.Url);
        Assert.Equal(new DateOnly(2022, 12, 20), doc.Published);
    }

    [Fact]
    public void Read_DtdEntityExpansion_IsRefused()
    {
        var bomb = """<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>""";
        Assert.Throws<ArticleReadException>(() => FeedReader.Read("bomb.xml", bomb));
    }
}
