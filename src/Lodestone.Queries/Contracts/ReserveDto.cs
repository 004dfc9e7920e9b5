namespace Lodestone.Queries.Contracts;

/// <summary>One country's reserves as published.</summary>
public sealed record ReserveDto(string Commodity, string Country, string Name, int Year, double? Value, string Unit, bool IsLowerBound, string? Note, string SourceId);
