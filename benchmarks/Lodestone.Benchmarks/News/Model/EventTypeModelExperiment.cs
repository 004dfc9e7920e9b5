using System.Globalization;
using Lodestone.News.Evaluation;
using Lodestone.News.Extraction;
using Lodestone.News.Ingestion;
using Lodestone.News.Model;

namespace Lodestone.Benchmarks.News.Model;

/// <summary>
/// `news-model [THRESHOLD]`: does a trained event-type model help where the rules find nothing? Trains
/// <see cref="EventTypeModel"/> on train/ only (seed fixed) and prints, with the rules alone and with
/// <see cref="FallbackEvents"/>: dev scores, 5-fold cross-validation on train (model trained on four folds, scored on the
/// fifth), the model's own accuracy against the rules' on the first labelled type, a determinism check, and the seeds'
/// event counts. Only train/ and dev/ are copied beside the binary; test/ and the outside set are never read here.
/// </summary>
public static class EventTypeModelExperiment
{
    private const int Seed = 20261203;

    public static void Run(double threshold)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "NewsCorpus");
        var train = GoldCorpus.Load(Path.Combine(root, "train"));
        var dev = GoldCorpus.Load(Path.Combine(root, "dev"));
        var extractor = NewsBenchmarkArticles.CreateExtractor();
        var rows = EventTypeModel.Rows(train);
        Console.WriteLine($"# news-model — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, threshold {threshold.ToString(CultureInfo.InvariantCulture)}, seed {Seed}");
        Console.WriteLine($"  train: {rows.Count} articles; classes: {string.Join(", ", rows.GroupBy(r => r.Label).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}");

        var model = EventTypeModel.Train(rows, Seed);
        var again = EventTypeModel.Train(rows, Seed);
        var devLeads = dev.Articles.Select(a => EventTypeModel.Lead(dev, a)).ToList();
        var identical = devLeads.All(l => model.Predict(l) == again.Predict(l));
        Console.WriteLine($"  determinism: two trainings give {(identical ? "identical" : "DIFFERENT")} predictions on dev");

        Compare("dev", dev, extractor, _ => model, threshold);
        CrossValidate(train, rows, extractor, threshold);
        Seeds(extractor, model, threshold);
    }

    private static void Compare(string name, GoldCorpus corpus, ArticleExtractor extractor, Func<GoldArticle, EventTypeModel> modelFor, double threshold)
    {
        var rules = corpus.Articles.Select(a => (a, CorpusEvaluator.Extract(corpus, a, extractor))).ToList();
        var withModel = rules.Select(p => (p.a, FallbackEvents.Apply(p.Item2, modelFor(p.a), EventTypeModel.Lead(corpus, p.a), threshold))).ToList();
        var noEvent = rules.Count(p => p.Item2.Events.Count == 0);
        var fired = withModel.Zip(rules).Count(z => z.First.Item2.Events.Count != z.Second.Item2.Events.Count);
        Console.WriteLine($"## {name}: {rules.Count} articles, {noEvent} with no event from the rules, the model added an event to {fired}");
        Print("rules", CorpusScorer.Score(rules));
        Print("rules + model", CorpusScorer.Score(withModel));
        var modelRight = corpus.Articles.Count(a => modelFor(a).Predict(EventTypeModel.Lead(corpus, a)).Type == First(a));
        var rulesRight = rules.Count(p => (p.Item2.Events.Count > 0 ? p.Item2.Events[0].Type.Slug() : EventTypeModel.NoEvent) == First(p.a));
        Console.WriteLine($"  first labelled type: model {modelRight}/{rules.Count} right, rules' first event {rulesRight}/{rules.Count}");
    }

    private static void CrossValidate(GoldCorpus train, List<EventTypeExample> rows, ArticleExtractor extractor, double threshold)
    {
        // Fold k holds the articles whose index mod 5 is k; each is scored by a model trained on the other four folds.
        var models = Enumerable.Range(0, 5).Select(k => EventTypeModel.Train(rows.Where((_, i) => i % 5 != k).ToList(), Seed)).ToList();
        var index = train.Articles.Select((a, i) => (a, i)).ToDictionary(p => p.a.File, p => p.i, StringComparer.Ordinal);
        Compare("train, 5-fold cross-validation", train, extractor, a => models[index[a.File] % 5], threshold);
    }

    private static void Seeds(ArticleExtractor extractor, EventTypeModel model, double threshold)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "NewsSeeds");
        foreach (var file in Directory.EnumerateFiles(folder, "seed_*.txt").Order(StringComparer.Ordinal))
        {
            var doc = ArticleSources.ReadFile(file, new DateOnly(2025, 11, 7)).Documents[0];
            var rules = extractor.Extract(doc.Text, doc.Title, doc.Published ?? new DateOnly(2025, 11, 7));
            var lead = (doc.Title ?? "") + "\n" + string.Join("\n", doc.Text.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)).Take(2));
            var withModel = FallbackEvents.Apply(rules, model, lead, threshold);
            Console.WriteLine($"  seed {Path.GetFileName(file)}: rules {Describe(rules)}; with the model {Describe(withModel)}");
        }
    }

    private static string Describe(ArticleExtraction x) => string.Join(", ", x.Events.Select(e => e.Type.Slug() + "[" + string.Join(" ", e.Countries) + "]"));

    private static string First(GoldArticle a) => a.EventTypes.Count > 0 ? a.EventTypes[0] : EventTypeModel.NoEvent;

    private static void Print(string label, EvaluationReport report)
    {
        string F(string d) => report.Dimensions[d].F1.ToString("0.000", CultureInfo.InvariantCulture);
        var types = report.Dimensions["event_types"];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {label,-14} countries {F("countries")}, commodities {F("commodities")}, event types {F("event_types")} (P {types.Precision:0.000}, R {types.Recall:0.000}), date recall {report.Dimensions["dates"].Recall:0.000}"));
    }
}
