namespace Lodestone.News.Contracts;

/// <summary>A field value of a stored event with its [start, end) offsets into the article text.</summary>
/// <param name="Field">"country", "commodity", "organization", "date" or "amount".</param>
public sealed record FieldSpanJson(string Field, string Value, int Start, int End);
