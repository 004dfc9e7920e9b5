namespace Lodestone.Queries.Contracts;

/// <summary>One year of a price or stock series.</summary>
/// <param name="Value">The figure; null when the source prints none.</param>
/// <param name="Mark">Why there is no figure, as published ("W" withheld, "NA" not available, "blank"); null when there is one.</param>
/// <param name="Estimate">True when the source marks the year as an estimate (the edition's last year).</param>
public sealed record PricePointDto(int Year, double? Value, string? Mark, bool Estimate);
