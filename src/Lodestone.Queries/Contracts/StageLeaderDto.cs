namespace Lodestone.Queries.Contracts;

/// <summary>The largest supplier of one stage.</summary>
public sealed record StageLeaderDto(string Stage, int Year, string Country, string Name, double SharePct, string Qualifier, string Basis, string SourceId);
