namespace Lodestone.Queries.Contracts;

/// <summary>One country's reserves as published.</summary>
/// <param name="YearNote">In a view of an earlier data year, "2024 (after 2023)": the only estimate the data hold is a later one; null when
/// the estimate is the view's year or the newest before it.</param>
public sealed record ReserveDto(string Commodity, string Country, string Name, int Year, double? Value, string Unit, bool IsLowerBound, string? Note, string SourceId,
    string? YearNote = null);
