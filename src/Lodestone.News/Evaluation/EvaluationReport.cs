namespace Lodestone.News.Evaluation;

/// <summary>Scores of an extractor on a labelled folder.</summary>
/// <param name="Dimensions">Micro-averaged scores per field: countries, commodities, event_types, dates, quantities.</param>
/// <param name="EventTypes">Scores per event type (article-level presence of the type).</param>
/// <param name="Confusion">Gold × predicted event types.</param>
/// <param name="Articles">Per-article differences, for working on train/ and dev/ only (never read those of test/ while tuning).</param>
public sealed record EvaluationReport(
    int ArticleCount,
    IReadOnlyDictionary<string, Score> Dimensions,
    IReadOnlyDictionary<string, Score> EventTypes,
    ConfusionTable Confusion,
    IReadOnlyList<ArticleDifference> Articles);
