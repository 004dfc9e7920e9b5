namespace Lodestone.News.Ingestion;

/// <summary>An input that cannot be read as an article (too large, refused address, not a feed …); the message is one line for the user.</summary>
internal sealed class ArticleReadException(string message, Exception? inner = null) : Exception(message, inner);
