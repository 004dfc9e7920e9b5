namespace Lodestone.News.Tests.Properties;

/// <summary>One feed item as <see cref="GeneratedFeed"/> wrote it.</summary>
/// <param name="Cdata">True when the body was written in a CDATA section rather than escaped.</param>
internal sealed record GeneratedItem(string Title, string Link, DateOnly Published, string Body, bool Cdata);
