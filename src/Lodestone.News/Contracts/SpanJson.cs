namespace Lodestone.News.Contracts;

/// <summary>An evidence span in JSON: character offsets [start, end) into the article text.</summary>
public sealed record SpanJson(int Start, int End);
