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
    private static readonly IReadOnlyList<string> Articles = NewsSeeds.TrainArticles(Path.Combine(AppContext.BaseDirectory, "Corpus"));

    [Fact]
    public void HtmlArticleReader_MutatedPages_ReadOrRefuse()
    {
        var outcomes = Mutations.Check<ArticleReadException>(Articles.Select(NewsSeeds.Page).ToArray(), h => HtmlArticleReader.Read("page.html", h), iter: 300);

        // HTML is read leniently (a browser's rules): refusals are rare, reading must happen.
        Assert.True(outcomes.Read > 0, outcomes.ToString());
    }

    [Fact]
    public void FeedReader_MutatedRssAndAtom_ReadOrRefuse()
    {
        string[] feeds = [.. Articles.Take(6).Select(NewsSeeds.Rss), .. Articles.Skip(6).Select(NewsSeeds.Atom)];

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
