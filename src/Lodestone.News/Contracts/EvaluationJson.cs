using Lodestone.News.Evaluation;

namespace Lodestone.News.Contracts;

/// <summary>The JSON form of <c>lodestone news evaluate DIR --format json</c>.</summary>
/// <param name="Differences">Per-article misses and additions; only with <c>--details</c> (never for test/ while tuning).</param>
public sealed record EvaluationJson(
    string Folder,
    int Articles,
    IReadOnlyDictionary<string, ScoreJson> Fields,
    IReadOnlyDictionary<string, ScoreJson> EventTypes,
    IReadOnlyList<ConfusionCellJson> Confusion,
    IReadOnlyList<ArticleDifferenceJson>? Differences)
{
    public static EvaluationJson From(string folder, EvaluationReport report, bool details) => new(
        folder,
        report.ArticleCount,
        report.Dimensions.ToDictionary(d => d.Key, d => ToJson(d.Value), StringComparer.Ordinal),
        report.EventTypes.Where(t => t.Value != default).ToDictionary(t => t.Key, t => ToJson(t.Value), StringComparer.Ordinal),
        report.Confusion.Labels
            .SelectMany(g => report.Confusion.Labels.Select(p => new ConfusionCellJson(g, p, report.Confusion[g, p])))
            .Where(c => c.Count > 0)
            .ToList(),
        details
            ? report.Articles.Select(a => new ArticleDifferenceJson(a.File,
                a.Fields.ToDictionary(f => f.Key, f => new FieldDifferenceJson(f.Value.Missed, f.Value.Spurious), StringComparer.Ordinal))).ToList()
            : null);

    private static ScoreJson ToJson(Score s) => new(Math.Round(s.Precision, 4), Math.Round(s.Recall, 4), Math.Round(s.F1, 4), s.TruePositives, s.FalsePositives, s.FalseNegatives);
}
