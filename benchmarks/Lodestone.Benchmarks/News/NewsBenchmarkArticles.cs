using System.Text;
using Lodestone.Data;
using Lodestone.Data.Loading;
using Lodestone.News.Extraction;
using Lodestone.News.Gazetteers;

namespace Lodestone.Benchmarks.News;

/// <summary>
/// The 1,000 benchmark articles of ~3 KB, built from a fixed text committed beside this file
/// (<c>Text/news-benchmark-articles.txt</c>: the bodies of the 217 train/ articles of 2026-12-05 09:03 UTC, separated by
/// form feeds): each is made of those articles appended in turn until it holds 3,000 characters, so all of it is real
/// prose of the kinds the extractor reads (wire reports, features, press releases, RSS summaries). The text is fixed so
/// that rounds which add train/ articles still time the same work.
/// </summary>
public static class NewsBenchmarkArticles
{
    public const int ArticleCount = 1000;
    public const int ArticleChars = 3000;

    /// <summary>The publication date all benchmark articles are extracted against.</summary>
    public static readonly DateOnly Published = new(2025, 11, 7);

    /// <summary>The extractor with the shipped gazetteers (what `lodestone news extract` uses).</summary>
    public static ArticleExtractor CreateExtractor() =>
        new(NewsGazetteers.Create(DatasetLoader.LoadDirectory(DataPaths.DefaultDataDirectory)));

    public static List<string> Build()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "NewsBenchmark", "news-benchmark-articles.txt");
        var texts = File.ReadAllText(file).Split('\f').Select(t => t.Trim('\n')).Where(t => t.Length > 0).ToList();
        if (texts.Count == 0)
        {
            throw new InvalidOperationException($"no benchmark articles in {file}");
        }
        var articles = new List<string>(ArticleCount);
        var next = 0;
        for (var i = 0; i < ArticleCount; i++)
        {
            var text = new StringBuilder();
            while (text.Length < ArticleChars)
            {
                text.Append(texts[next++ % texts.Count]).Append("\n\n");
            }
            articles.Add(text.ToString());
        }
        return articles;
    }
}
