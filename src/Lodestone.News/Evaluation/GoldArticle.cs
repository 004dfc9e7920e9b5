namespace Lodestone.News.Evaluation;

/// <summary>Hand labels of one development-set article.</summary>
/// <param name="Dates">"type:date" for each event whose date the text fixes ("summit:2025-11-06").</param>
public sealed record GoldArticle(
    string File,
    string? Published,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Commodities,
    IReadOnlyList<string> EventTypes,
    IReadOnlyList<string> Dates);
