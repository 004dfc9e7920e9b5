namespace Lodestone.News.Model;

/// <summary>Everything extracted from one article.</summary>
/// <param name="Published">Publication date used to resolve relative dates; null when unknown (relative dates then stay null).</param>
public sealed record ArticleExtraction(
    string? Title,
    DateOnly? Published,
    IReadOnlyList<ExtractedEvent> Events,
    IReadOnlyList<ExtractedClaim> Claims,
    IReadOnlyList<Mention> Mentions);
