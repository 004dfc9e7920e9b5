using System.Globalization;
using System.Text;
using Lodestone.News.Model;

namespace Lodestone.News.Evaluation;

/// <summary>Scores extractions against hand labels: micro-averaged precision, recall and F1 over (article, item) pairs.</summary>
/// <remarks>
/// Fields: countries and commodities of the article's news (<see cref="ArticleExtraction.Countries"/>,
/// <see cref="ArticleExtraction.Commodities"/>), event types, dates ("type:date" of events with a date; its recall
/// is the event-date recall) and quantities ("kind:tonnes"). Each article contributes sets, so an item named twice
/// counts once. Per event type, an article counts once for each type in its gold or predicted set.
/// </remarks>
public static class CorpusScorer
{
    public static readonly string[] Dimensions = ["countries", "commodities", "event_types", "dates", "quantities"];

    public static EvaluationReport Score(IEnumerable<(GoldArticle Gold, ArticleExtraction Extraction)> pairs)
    {
        var totals = Dimensions.ToDictionary(d => d, _ => default(Score), StringComparer.Ordinal);
        var perType = Enum.GetValues<EventType>().ToDictionary(t => t.Slug(), _ => default(Score), StringComparer.Ordinal);
        var confusion = new ConfusionTable();
        var differences = new List<ArticleDifference>();
        var count = 0;
        foreach (var (gold, extraction) in pairs)
        {
            count++;
            var predicted = Predicted(extraction);
            var expected = Expected(gold);
            var fields = new Dictionary<string, (IReadOnlyList<string>, IReadOnlyList<string>)>(StringComparer.Ordinal);
            foreach (var dimension in Dimensions)
            {
                totals[dimension] += Evaluation.Score.Of(predicted[dimension], expected[dimension]);
                var missed = expected[dimension].Except(predicted[dimension], StringComparer.Ordinal).ToList();
                var spurious = predicted[dimension].Except(expected[dimension], StringComparer.Ordinal).ToList();
                if (missed.Count + spurious.Count > 0)
                {
                    fields[dimension] = (missed, spurious);
                }
            }
            foreach (var type in perType.Keys.ToList())
            {
                perType[type] += Evaluation.Score.Of(predicted["event_types"].Where(t => t == type), expected["event_types"].Where(t => t == type));
            }
            confusion.Add(expected["event_types"], predicted["event_types"]);
            if (fields.Count > 0)
            {
                differences.Add(new ArticleDifference(gold.File, fields));
            }
        }
        return new EvaluationReport(count, totals, perType, confusion, differences);
    }

    private static Dictionary<string, IReadOnlyList<string>> Predicted(ArticleExtraction x) => new(StringComparer.Ordinal)
    {
        ["countries"] = x.Countries,
        ["commodities"] = x.Commodities,
        ["event_types"] = x.Events.Select(e => e.Type.Slug()).Distinct(StringComparer.Ordinal).ToList(),
        ["dates"] = x.Events.Where(e => e.Date is not null).Select(e => e.Type.Slug() + ":" + e.Date).Distinct(StringComparer.Ordinal).ToList(),
        ["quantities"] = x.Quantities.Select(q => GoldCorpus.QuantityLabel(q.Kind.ToString().ToLowerInvariant(), q.Tonnes)).Distinct(StringComparer.Ordinal).ToList(),
    };

    private static Dictionary<string, IReadOnlyList<string>> Expected(GoldArticle g) => new(StringComparer.Ordinal)
    {
        ["countries"] = g.Countries,
        ["commodities"] = g.Commodities,
        ["event_types"] = g.EventTypes,
        ["dates"] = g.Dates,
        ["quantities"] = g.Quantities ?? [],
    };

    /// <summary>Plain-text tables: one row per field, one row per event type, and the confusion table.</summary>
    public static string Format(EvaluationReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"articles: {report.ArticleCount}"));
        AppendScores(text, "field", report.Dimensions);
        text.AppendLine();
        AppendScores(text, "event type", report.EventTypes.Where(t => t.Value != default).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal));
        text.AppendLine();
        AppendConfusion(text, report.Confusion);
        return text.ToString();
    }

    private static void AppendScores(StringBuilder text, string heading, IReadOnlyDictionary<string, Score> scores)
    {
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"{heading,-26} precision  recall     f1    tp   fp   fn"));
        foreach (var (name, s) in scores)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-26} {s.Precision,9:0.000}  {s.Recall,6:0.000}  {s.F1,6:0.000}  {s.TruePositives,4} {s.FalsePositives,4} {s.FalseNegatives,4}"));
        }
    }

    private static void AppendConfusion(StringBuilder text, ConfusionTable confusion)
    {
        var labels = confusion.Labels;
        text.AppendLine("confusion (rows: gold, columns: predicted)");
        var abbreviations = labels.Select(Abbreviation).ToList();
        text.Append(string.Create(CultureInfo.InvariantCulture, $"{"",-26}"));
        foreach (var a in abbreviations)
        {
            text.Append(string.Create(CultureInfo.InvariantCulture, $"{a,6}"));
        }
        text.AppendLine();
        foreach (var gold in labels)
        {
            text.Append(string.Create(CultureInfo.InvariantCulture, $"{gold,-26}"));
            foreach (var predicted in labels)
            {
                var n = confusion[gold, predicted];
                text.Append(n == 0 ? "     ." : string.Create(CultureInfo.InvariantCulture, $"{n,6}"));
            }
            text.AppendLine();
        }
        text.AppendLine("columns: " + string.Join(", ", labels.Zip(abbreviations, (l, a) => a + " = " + l)));
    }

    private static string Abbreviation(string label) => label == ConfusionTable.None
        ? "none"
        : string.Concat(label.Split('_').Select(w => char.ToUpperInvariant(w[0]) + (w.Length > 1 ? w[1..2] : "")));
}
