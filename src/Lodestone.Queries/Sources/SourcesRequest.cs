namespace Lodestone.Queries.Sources;

/// <summary>A checked sources question: text to find in the title or publisher (null for all), and the page.</summary>
public sealed record SourcesRequest(string? Text, Paging Paging);
