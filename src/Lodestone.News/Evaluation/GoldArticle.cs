namespace Lodestone.News.Evaluation;

/// <summary>Hand labels of one labelled article.</summary>
/// <param name="Countries">ISO3 codes of the countries the article's own news involves (parties, hosts, home countries of the acting companies).</param>
/// <param name="Commodities">Canonical commodity names the article's own news is about.</param>
/// <param name="EventTypes">Event type slugs of the article's own news (background events excluded).</param>
/// <param name="Dates">"type:date" for each event whose date the text fixes ("summit:2025-11-06").</param>
/// <param name="Quantities">"kind:tonnes" for each mass quantity the article states ("capacity:10000"); kind is capacity, output or other.</param>
public sealed record GoldArticle(
    string File,
    string? Published,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Commodities,
    IReadOnlyList<string> EventTypes,
    IReadOnlyList<string> Dates,
    IReadOnlyList<string>? Quantities = null);
