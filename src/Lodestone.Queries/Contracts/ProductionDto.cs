namespace Lodestone.Queries.Contracts;

/// <summary>One producer's output in a year, as published.</summary>
/// <param name="Value">Null when the source printed none (see <paramref name="Note"/>).</param>
public sealed record ProductionDto(string Country, string Name, string Stage, string Series, int Year, double? Value, string Unit,
    bool IsEstimate, bool IsLowerBound, string? Note, string SourceId);
