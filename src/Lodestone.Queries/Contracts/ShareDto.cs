namespace Lodestone.Queries.Contracts;

/// <summary>One supplier's share of a stage.</summary>
/// <param name="Country">ISO3 code, ROW/OTH for the remainder, null for a region that is not a country.</param>
/// <param name="SharePct">Percent of world output (0–100); null when not published.</param>
/// <param name="Qualifier">"=", "~" (approximately) or "&gt;" (lower bound).</param>
public sealed record ShareDto(string? Country, string Name, double? SharePct, string Qualifier, double? Value, string? Unit, string SourceId);
