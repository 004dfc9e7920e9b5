namespace Lodestone.News.Storage;

/// <summary>One article's report of an event: where it is and the evidence spans in that article's text.</summary>
/// <param name="Evidence">The supporting sentences as [start, end) offsets into the article text.</param>
/// <param name="Fields">Where each field value was read, inside those sentences; empty for reports stored before field evidence was kept.</param>
public sealed record EventSource(long ArticleId, string Location, string? Url, string? Published, IReadOnlyList<int[]> Evidence, IReadOnlyList<FieldSpan> Fields);
