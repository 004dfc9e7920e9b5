using System.Text;
using Lodestone.Data;
using Lodestone.Data.Loading;
using Lodestone.News.Extraction;
using Lodestone.News.Gazetteers;
using Lodestone.News.Ingestion;

namespace Lodestone.Benchmarks.News;

/// <summary>
/// The 1,000 benchmark articles of ~3 KB, built from the labelled corpus's train/ articles (copied beside the binary as
/// NewsCorpus/train/): each is made of corpus articles appended in turn until it holds 3,000 characters, so all of it is
/// real prose of the kinds the extractor reads (wire reports, features, press releases, RSS summaries).
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
        var folder = Path.Combine(AppContext.BaseDirectory, "NewsCorpus", "train");
        var texts = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => ArticleSources.ReadFile(f, null).Documents[0].Text).ToList();
        if (texts.Count == 0)
        {
            throw new InvalidOperationException($"no corpus articles in {folder}");
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
