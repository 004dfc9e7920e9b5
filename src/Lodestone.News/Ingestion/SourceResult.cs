namespace Lodestone.News.Ingestion;

/// <summary>What one input (file, folder entry or URL) yielded: articles, or a one-line error.</summary>
public sealed record SourceResult(string Location, IReadOnlyList<ArticleDocument> Documents, string? Error);
