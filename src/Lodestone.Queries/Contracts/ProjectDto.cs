namespace Lodestone.Queries.Contracts;

/// <summary>A supply project (mine, separation plant, refinery, magnet factory).</summary>
public sealed record ProjectDto(
    string Id,
    string Name,
    string Country,
    string CountryName,
    string? Location,
    string? Operator,
    string CommodityText,
    IReadOnlyList<string> Stages,
    double? CapacityMin,
    double? CapacityMax,
    string? Unit,
    string Status,
    string? StatusDate,
    string? ExpectedStart,
    decimal? InvestmentUsd,
    string? UsGovSupport,
    string SourceId);
