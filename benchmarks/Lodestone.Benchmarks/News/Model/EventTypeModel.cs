using Lodestone.News.Evaluation;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Lodestone.Benchmarks.News.Model;

/// <summary>
/// A text classifier of an article's event type from its title and lead (ML.NET: word and character n-grams, SDCA maximum
/// entropy), trained on labelled articles with a fixed seed on one thread, so the same rows give the same model.
/// </summary>
public sealed class EventTypeModel
{
    public const string NoEvent = "none";

    private readonly PredictionEngine<EventTypeExample, EventTypePrediction> _engine;

    private EventTypeModel(PredictionEngine<EventTypeExample, EventTypePrediction> engine) => _engine = engine;

    public static EventTypeModel Train(IReadOnlyList<EventTypeExample> rows, int seed)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("Features", nameof(EventTypeExample.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 200,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        var model = pipeline.Fit(data);
        return new EventTypeModel(ml.Model.CreatePredictionEngine<EventTypeExample, EventTypePrediction>(model));
    }

    /// <summary>The predicted type slug (or <see cref="NoEvent"/>) and its probability.</summary>
    public (string Type, double Probability) Predict(string text)
    {
        var prediction = _engine.Predict(new EventTypeExample { Text = text });
        return (prediction.Type, prediction.Probabilities.Length == 0 ? 0 : prediction.Probabilities.Max());
    }

    /// <summary>Training rows from a labelled folder: title and lead of each article, the first labelled event type.</summary>
    public static List<EventTypeExample> Rows(GoldCorpus corpus) =>
        corpus.Articles.Select(a => new EventTypeExample { Text = Lead(corpus, a), Label = a.EventTypes.Count > 0 ? a.EventTypes[0] : NoEvent }).ToList();

    /// <summary>The title and the first two non-empty lines of the body (the lead of a wire report or a press release).</summary>
    public static string Lead(GoldCorpus corpus, GoldArticle article)
    {
        var lines = File.ReadAllLines(corpus.PathOf(article));
        var title = lines.FirstOrDefault(l => l.StartsWith("Title:", StringComparison.Ordinal))?["Title:".Length..].Trim() ?? "";
        var body = lines.SkipWhile(l => l.Length > 0).Where(l => !string.IsNullOrWhiteSpace(l)).Take(2);
        return title + "\n" + string.Join("\n", body);
    }
}
