namespace Lodestone.Queries.Contracts;

/// <summary>The largest supplier of one stage.</summary>
/// <param name="YearNote">Null when <paramref name="Year"/> is the view's year; else "2022 (latest available)" (<c>Vintages</c>).</param>
public sealed record StageLeaderDto(string Stage, int Year, string Country, string Name, double SharePct, string Qualifier, string Basis, string SourceId,
    string? YearNote = null);
