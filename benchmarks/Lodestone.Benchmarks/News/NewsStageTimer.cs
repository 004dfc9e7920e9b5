using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Lodestone.Data;
using Lodestone.Data.Loading;
using Lodestone.News.Extraction;
using Lodestone.News.Gazetteers;
using Lodestone.News.Model;
using Lodestone.News.Text;

namespace Lodestone.Benchmarks.News;

/// <summary>
/// `news-stages ROUNDS`: where the 1,000-article extraction spends its time, one thread. Each stage the extractor runs
/// is timed on its own over all articles (the finders, the sentence split, the classifier on every main clause, date
/// resolution, quantities, claims), then the whole extraction; "rest" is what the whole costs beyond the stages (the
/// per-sentence party, background and merge logic). Medians of the rounds; the load before and after.
/// </summary>
public static class NewsStageTimer
{
    public static void Run(int rounds)
    {
        var gazetteers = NewsGazetteers.Create(DatasetLoader.LoadDirectory(DataPaths.DefaultDataDirectory));
        var extractor = new ArticleExtractor(gazetteers);
        var mentions = new MentionFinder(gazetteers);
        var articles = NewsBenchmarkArticles.Build();
        var published = NewsBenchmarkArticles.Published;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# news-stages — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load before: {Load()}, "
            + $"{articles.Count} articles"));
        var stages = new (string Name, Action<string> Work)[]
        {
            ("ignored regions", t => IgnoredRegions.Find(t)),
            ("known entities", t => gazetteers.Entities.Find(t)),
            ("organizations", t => OrganizationFinder.Find(t, out _)),
            ("countries", t => mentions.Countries(t)),
            ("commodities", t => mentions.Commodities(t, out _)),
            ("people", t => PersonFinder.Find(t, mentions.Countries(t))),
            ("sentences", t => SentenceSplitter.Split(t)),
            ("classify main clauses", t => EachMainClause(t, c => EventClassifier.Classify(c))),
            ("dates of main clauses", t => EachMainClause(t, c => DateResolver.FirstIn(c, 0, published))),
            ("quantities", t => QuantityFinder.Find(t, SentenceSplitter.Split(t))),
            ("claims", t => ClaimFinder.Find(t, SentenceSplitter.Split(t), [], [], [], gazetteers.Leaders, published)),
            ("whole extraction", t => extractor.Extract(t, null, published)),
        };
        var times = stages.ToDictionary(s => s.Name, _ => new List<double>());
        foreach (var (_, work) in stages)
        {
            articles.ForEach(work); // warm-up
        }
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (name, work) in stages)
            {
                var watch = Stopwatch.StartNew();
                articles.ForEach(work);
                times[name].Add(watch.Elapsed.TotalSeconds);
            }
        }
        var whole = Median(times["whole extraction"]);
        foreach (var (name, _) in stages)
        {
            var t = Median(times[name]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-24} {t,7:0.000} s  {t / whole,6:P0}"));
        }
        ClassifierRegexes(articles, rounds);
        Console.WriteLine($"  load after: {Load()}");
    }

    // The classifier's own patterns, each run on every main clause of the 1,000 articles (found by reflection: they are
    // private), slowest first.
    private static void ClassifierRegexes(List<string> articles, int rounds)
    {
        var clauses = articles
            .SelectMany(t => SentenceSplitter.Split(t).Select(s => BackgroundClauses.MainClause(s.Of(t))))
            .ToList();
        var fields = typeof(EventClassifier).GetFields(BindingFlags.NonPublic | BindingFlags.Static);
        var regexes = fields.Where(f => f.FieldType == typeof(Regex)).Select(f => (f.Name, (Regex)f.GetValue(null)!))
            .Concat(fields.Where(f => f.FieldType == typeof((EventType, Regex)[]))
                .SelectMany(f => ((EventType Type, Regex Trigger)[])f.GetValue(null)!)
                .Select(t => ($"{t.Type} trigger", t.Trigger)))
            .ToList();
        var rows = new List<(string Name, double Seconds)>();
        foreach (var (name, regex) in regexes)
        {
            clauses.ForEach(c => regex.IsMatch(c));
            var runs = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                var watch = Stopwatch.StartNew();
                clauses.ForEach(c => regex.IsMatch(c));
                runs.Add(watch.Elapsed.TotalSeconds);
            }
            rows.Add((name, Median(runs)));
        }
        Console.WriteLine($"  classifier patterns on {clauses.Count} main clauses:");
        foreach (var (name, seconds) in rows.OrderByDescending(r => r.Seconds))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {name,-28} {seconds,7:0.000} s"));
        }
    }

    // The people and quantity stages repeat the country and sentence stages they need, as the extractor does not.
    private static void EachMainClause(string text, Action<string> work)
    {
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            work(BackgroundClauses.MainClause(sentence.Of(text)));
        }
    }

    private static double Median(List<double> runs)
    {
        var sorted = runs.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
