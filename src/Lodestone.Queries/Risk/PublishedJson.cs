namespace Lodestone.Queries.Risk;

/// <summary>A published result of the same assessment, as reported.</summary>
public sealed record PublishedJson(string Assessment, string? Stage, string Parameter, double Value, string SourceId, string? Notes);
