namespace Lodestone.Queries.Contracts;

/// <summary>One partner's share of an importer's imports over a period.</summary>
public sealed record ImportSourceDto(string Importer, string Partner, string Name, double SharePct, string Period, string? Category, string SourceId);
