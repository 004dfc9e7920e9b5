using System.Diagnostics;
using System.Globalization;
using Lodestone.News.Extraction;

namespace Lodestone.Benchmarks.News;

/// <summary>
/// `news-time ROUNDS`: the 1,000-article extraction timed by stopwatch, one thread and both cores alternating, after
/// one warm-up pass of each, and one thread again with the classifier's literal pre-checks bypassed (every trigger
/// pattern run on every clause, <see cref="TriggerGate"/>), so the gates' worth is measured on the same text in the
/// same process; prints every round, the medians, the load average before and after, and the date (the figures
/// reported in docs/performance.md). The BenchmarkDotNet class <see cref="NewsExtractionBenchmarks"/> measures the same work.
/// </summary>
public static class NewsExtractionTimer
{
    public static void Run(int rounds)
    {
        var extractor = NewsBenchmarkArticles.CreateExtractor();
        var articles = NewsBenchmarkArticles.Build();
        var kilobytes = articles.Sum(a => (long)a.Length) / 1000.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# news-time — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load before: {Load()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {articles.Count} articles, {kilobytes / articles.Count:0.0} KB each on average ({kilobytes:N0} KB), published {NewsBenchmarkArticles.Published:yyyy-MM-dd}"));
        var events = Sequential(extractor, articles);
        Parallel(extractor, articles);
        var ungatedEvents = Ungated(extractor, articles);
        var one = new List<(double Wall, double Cpu)>();
        var two = new List<(double Wall, double Cpu)>();
        var bare = new List<(double Wall, double Cpu)>();
        for (var round = 0; round < rounds; round++)
        {
            one.Add(Timed(() => Sequential(extractor, articles)));
            two.Add(Timed(() => Parallel(extractor, articles)));
            bare.Add(Timed(() => Ungated(extractor, articles)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  round {round + 1}: one thread {one[^1].Wall:0.000} s (cpu {one[^1].Cpu:0.000} s), two threads {two[^1].Wall:0.000} s (cpu {two[^1].Cpu:0.000} s), one thread without the gates {bare[^1].Wall:0.000} s (cpu {bare[^1].Cpu:0.000} s)"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  median of {rounds}: one thread {Median(one, r => r.Wall):0.000} s (cpu {Median(one, r => r.Cpu):0.000} s), two threads {Median(two, r => r.Wall):0.000} s (cpu {Median(two, r => r.Cpu):0.000} s); {events} events per pass"));
        var (bareWall, bareCpu) = (Median(bare, r => r.Wall), Median(bare, r => r.Cpu));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  without the gates, one thread: {bareWall:0.000} s (cpu {bareCpu:0.000} s); {ungatedEvents} events per pass"));
        Console.WriteLine($"  load after: {Load()}");
    }

    private static int Sequential(ArticleExtractor extractor, List<string> articles)
    {
        var events = 0;
        foreach (var article in articles)
        {
            events += extractor.Extract(article, null, NewsBenchmarkArticles.Published).Events.Count;
        }
        return events;
    }

    private static int Ungated(ArticleExtractor extractor, List<string> articles)
    {
        TriggerGate.Bypassed = true;
        try
        {
            return Sequential(extractor, articles);
        }
        finally
        {
            TriggerGate.Bypassed = false;
        }
    }

    private static int Parallel(ArticleExtractor extractor, List<string> articles)
    {
        var events = 0;
        System.Threading.Tasks.Parallel.ForEach(articles,
            article => Interlocked.Add(ref events, extractor.Extract(article, null, NewsBenchmarkArticles.Published).Events.Count));
        return events;
    }

    private static (double Wall, double Cpu) Timed(Func<int> work)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        work();
        watch.Stop();
        process.Refresh();
        return (watch.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    private static double Median(List<(double Wall, double Cpu)> runs, Func<(double Wall, double Cpu), double> pick)
    {
        var sorted = runs.Select(pick).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
