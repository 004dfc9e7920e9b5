namespace Lodestone.Queries.Contracts;

/// <summary>A country in the list.</summary>
public sealed record CountrySummaryDto(string Iso3, string Name, IReadOnlyList<string> Groups);
