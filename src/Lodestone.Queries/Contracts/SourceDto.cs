namespace Lodestone.Queries.Contracts;

/// <summary>A source as the API returns it: every figure's <c>source_id</c> resolves to one.</summary>
/// <param name="Published">Publication date as YYYY, YYYY-MM or YYYY-MM-DD, when known.</param>
public sealed record SourceDto(string Id, string Title, string? Publisher, string? Url, string? Published, string? ReadVia);
