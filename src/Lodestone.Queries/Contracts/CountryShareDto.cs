namespace Lodestone.Queries.Contracts;

/// <summary>A country's share of one commodity stage, and its rank among the listed suppliers (1 = largest).</summary>
public sealed record CountryShareDto(string Commodity, string Stage, int Year, int Rank, double SharePct, string Qualifier, string Basis, string SourceId);
