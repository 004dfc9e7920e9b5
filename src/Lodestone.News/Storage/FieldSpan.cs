namespace Lodestone.News.Storage;

/// <summary>Where one field value of an event was read in one article: [<paramref name="Start"/>, <paramref name="End"/>) into the article text.</summary>
/// <param name="Field">"country", "commodity", "organization", "date" or "amount".</param>
/// <param name="Value">The normalised value: ISO3, canonical commodity name, organisation, ISO date, or "value currency".</param>
public sealed record FieldSpan(string Field, string Value, int Start, int End);
