namespace Lodestone.News.Storage;

/// <summary>An ingested article.</summary>
public sealed record StoredArticle(long Id, string Location, string? Url, string? Title, DateOnly? Published, string ContentHash);
