using System.Globalization;
using System.Text;
using Lodestone.News.Model;

namespace Lodestone.News.Evaluation;

/// <summary>Scores extractions against hand labels: micro-averaged precision, recall and F1 over (article, item) pairs.</summary>
/// <remarks>
/// Dimensions: countries (parties of any event), commodities (of any event), event types, and dates ("type:date" of
/// events with a date). An article's predicted sets are unions over its events, as are the gold labels.
/// </remarks>
public static class DevSetScorer
{
    public static readonly string[] Dimensions = ["countries", "commodities", "event_types", "dates"];

    public static IReadOnlyDictionary<string, Score> Score(IEnumerable<(GoldArticle Gold, ArticleExtraction Extraction)> pairs)
    {
        var totals = Dimensions.ToDictionary(d => d, _ => default(Score), StringComparer.Ordinal);
        foreach (var (gold, extraction) in pairs)
        {
            var events = extraction.Events;
            totals["countries"] += Evaluation.Score.Of(events.SelectMany(e => e.Countries), gold.Countries);
            totals["commodities"] += Evaluation.Score.Of(events.SelectMany(e => e.CommodityNames), gold.Commodities);
            totals["event_types"] += Evaluation.Score.Of(events.Select(e => e.Type.Slug()), gold.EventTypes);
            totals["dates"] += Evaluation.Score.Of(events.Where(e => e.Date is not null).Select(e => e.Type.Slug() + ":" + e.Date), gold.Dates);
        }
        return totals;
    }

    /// <summary>A plain-text table of the scores, one row per dimension.</summary>
    public static string Format(IReadOnlyDictionary<string, Score> scores)
    {
        var text = new StringBuilder();
        text.AppendLine("dimension     precision  recall     f1      tp  fp  fn");
        foreach (var (name, s) in scores)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-13} {s.Precision,9:0.000}  {s.Recall,6:0.000}  {s.F1,6:0.000}  {s.TruePositives,4} {s.FalsePositives,3} {s.FalseNegatives,3}"));
        }
        return text.ToString();
    }
}
