namespace Lodestone.Queries.Contracts;

/// <summary>One partner's share of an importer's imports over a period.</summary>
/// <param name="YearNote">In a view of an earlier data year, "2021-24 (after 2023)": a period ending after the view's year; null otherwise.</param>
public sealed record ImportSourceDto(string Importer, string Partner, string Name, double SharePct, string Period, string? Category, string SourceId,
    string? YearNote = null);
