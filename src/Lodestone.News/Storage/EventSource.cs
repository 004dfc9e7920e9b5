namespace Lodestone.News.Storage;

/// <summary>One article's report of an event: where it is and the evidence spans in that article's text.</summary>
public sealed record EventSource(long ArticleId, string Location, string? Url, string? Published, IReadOnlyList<int[]> Evidence);
