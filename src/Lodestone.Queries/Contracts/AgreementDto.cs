namespace Lodestone.Queries.Contracts;

/// <summary>A critical-minerals agreement.</summary>
/// <param name="AmountUsd">A single published USD amount, when there is one.</param>
public sealed record AgreementDto(
    string Id,
    string Date,
    IReadOnlyList<string> Parties,
    IReadOnlyList<string> OtherParties,
    string Type,
    string CommodityText,
    decimal? AmountUsd,
    string? AmountNote,
    string Summary,
    string Status,
    string SourceId);
