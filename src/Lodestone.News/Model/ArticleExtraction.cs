namespace Lodestone.News.Model;

/// <summary>Everything extracted from one article.</summary>
/// <param name="Published">Publication date used to resolve relative dates; null when unknown (relative dates then stay null).</param>
public sealed record ArticleExtraction(
    string? Title,
    DateOnly? Published,
    IReadOnlyList<ExtractedEvent> Events,
    IReadOnlyList<ExtractedClaim> Claims,
    IReadOnlyList<Mention> Mentions)
{
    /// <summary>Mass quantities stated anywhere in the article, in text order.</summary>
    public IReadOnlyList<ExtractedQuantity> Quantities { get; init; } = [];

    /// <summary>
    /// Countries and commodities the article is about when no event carries them: those of the title and lead
    /// (first paragraph) outside motive phrases. Empty when the events already name the article's subjects.
    /// </summary>
    public IReadOnlyList<Mention> Subjects { get; init; } = [];

    /// <summary>ISO3 codes of the article's news: the parties of its events, else its subjects.</summary>
    public IReadOnlyList<string> Countries => Distinct(Events.SelectMany(e => e.Countries)
        .Concat(Subjects.Where(s => s.Kind == MentionKind.Country).Select(s => s.Value)));

    /// <summary>Canonical commodity names of the article's news: those of its events, else its subjects.</summary>
    public IReadOnlyList<string> Commodities => Distinct(Events.SelectMany(e => e.CommodityNames)
        .Concat(Subjects.Where(s => s.Kind == MentionKind.Commodity).Select(s => s.Value)));

    private static List<string> Distinct(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
