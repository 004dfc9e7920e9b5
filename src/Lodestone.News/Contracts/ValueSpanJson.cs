namespace Lodestone.News.Contracts;

/// <summary>A field value with the span of text it was read from.</summary>
public sealed record ValueSpanJson(string Value, int Start, int End);
