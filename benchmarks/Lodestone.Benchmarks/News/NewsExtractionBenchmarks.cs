using System.Text;
using BenchmarkDotNet.Attributes;
using Lodestone.Data;
using Lodestone.Data.Loading;
using Lodestone.News.Extraction;
using Lodestone.News.Gazetteers;
using Lodestone.News.Ingestion;

namespace Lodestone.Benchmarks.News;

/// <summary>Extraction throughput: 1,000 articles of ~3 KB built from the development set (issue #4 target: under 5 s on 2 cores).</summary>
[MemoryDiagnoser]
[JsonExporterAttribute.Full]
public class NewsExtractionBenchmarks
{
    private const int ArticleCount = 1000;
    private const int ArticleChars = 3000;

    private ArticleExtractor _extractor = null!;
    private List<string> _articles = null!;
    private readonly DateOnly _published = new(2025, 11, 7);

    [GlobalSetup]
    public void Setup()
    {
        var dataset = DatasetLoader.LoadDirectory(DataPaths.DefaultDataDirectory);
        _extractor = new ArticleExtractor(NewsGazetteers.Create(dataset));
        var folder = Path.Combine(AppContext.BaseDirectory, "DevSet", "articles");
        var texts = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => ArticleSources.ReadFile(f, null).Documents[0].Text).ToList();
        _articles = [];
        var next = 0;
        for (var i = 0; i < ArticleCount; i++)
        {
            // Each benchmark article: dev-set articles appended in turn until ~3 KB, so every one is real prose.
            var text = new StringBuilder();
            while (text.Length < ArticleChars)
            {
                text.Append(texts[next++ % texts.Count]).Append("\n\n");
            }
            _articles.Add(text.ToString(0, Math.Min(text.Length, ArticleChars + 500)));
        }
    }

    /// <summary>Extract all 1,000 articles, one after another on one thread.</summary>
    [Benchmark]
    public int ExtractThousandArticles()
    {
        var events = 0;
        foreach (var article in _articles)
        {
            events += _extractor.Extract(article, null, _published).Events.Count;
        }
        return events;
    }

    /// <summary>The same 1,000 articles over both cores (the extractor is stateless after construction).</summary>
    [Benchmark]
    public int ExtractThousandArticlesParallel()
    {
        var events = 0;
        Parallel.ForEach(_articles, article => Interlocked.Add(ref events, _extractor.Extract(article, null, _published).Events.Count));
        return events;
    }
}
