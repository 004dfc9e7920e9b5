using BenchmarkDotNet.Attributes;
using Lodestone.News.Extraction;

namespace Lodestone.Benchmarks.News;

/// <summary>Extraction throughput: 1,000 articles of ~3 KB built from the corpus's train/ articles (issues #4 and #13 target: under 5 s on 2 cores).</summary>
[MemoryDiagnoser]
[JsonExporterAttribute.Full]
public class NewsExtractionBenchmarks
{
    private ArticleExtractor _extractor = null!;
    private List<string> _articles = null!;
    private readonly DateOnly _published = NewsBenchmarkArticles.Published;

    [GlobalSetup]
    public void Setup()
    {
        _extractor = NewsBenchmarkArticles.CreateExtractor();
        _articles = NewsBenchmarkArticles.Build();
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
