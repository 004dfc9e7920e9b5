namespace Lodestone.Queries.Contracts;

/// <summary>A country's share of one commodity stage, and its rank among the listed suppliers (1 = largest).</summary>
/// <param name="YearNote">Null when <paramref name="Year"/> is the view's year; else "2022 (latest available)" (<c>Vintages</c>).</param>
public sealed record CountryShareDto(string Commodity, string Stage, int Year, int Rank, double SharePct, string Qualifier, string Basis, string SourceId,
    string? YearNote = null);
