namespace Lodestone.Queries.Contracts;

/// <summary>An annual price or stock series of a commodity from a USGS salient-statistics file.</summary>
/// <param name="Kind">"price", "stocks", "government stockpile shipments" (shipped from the National Defense Stockpile; negative figures as USGS prints them) or "secondary production" (recycling).</param>
/// <param name="Unit">In words ("dollars per kilogram").</param>
/// <param name="Note">What the mapping adds, such as a unit the column name misstates.</param>
/// <param name="File">The salient file and <paramref name="Column"/> the column, as published.</param>
public sealed record PriceSeriesDto(string Kind, string Series, string Unit, string? Note, string File, string Column, string SourceId, IReadOnlyList<PricePointDto> Points);
