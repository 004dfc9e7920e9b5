namespace Lodestone.News.Contracts;

/// <summary>One article's report of a stored event.</summary>
/// <param name="Evidence">Supporting sentences as [start, end) character offsets into the article text.</param>
/// <param name="FieldEvidence">Where each field value was read, inside those sentences.</param>
public sealed record EventSourceJson(
    long ArticleId,
    string Location,
    string? Url,
    string? Published,
    IReadOnlyList<int[]> Evidence,
    IReadOnlyList<FieldSpanJson> FieldEvidence);
