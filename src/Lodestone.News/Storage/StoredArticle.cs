namespace Lodestone.News.Storage;

/// <summary>An ingested article with the text every evidence offset counts into.</summary>
/// <param name="Text">The article text as extracted (header removed, line ends normalised): untrusted, encode before display.</param>
public sealed record StoredArticle(long Id, string Location, string? Url, string? Title, DateOnly? Published, string ContentHash, string Text);
