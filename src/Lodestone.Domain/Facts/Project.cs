using Lodestone.Domain.Model;

namespace Lodestone.Domain.Facts;

/// <summary>A supply project outside the supplier of concern: a mine, separation plant, refinery or magnet factory.</summary>
/// <param name="CapacityMin">Published capacity, or the low end of a published range, in <paramref name="Unit"/>.</param>
/// <param name="CapacityMax">High end of the range (equal to the minimum for a single figure).</param>
/// <param name="ExpectedStart">Expected start (year or month) as published.</param>
public sealed record Project(
    string Id,
    string Name,
    Iso3 Country,
    string? Location,
    string? Operator,
    IReadOnlyList<string> Commodities,
    string CommodityText,
    IReadOnlyList<Stage> Stages,
    string StageText,
    double? CapacityMin,
    double? CapacityMax,
    string? Unit,
    string Status,
    PartialDate? StatusDate,
    PartialDate? ExpectedStart,
    decimal? InvestmentUsd,
    string? InvestmentNote,
    string? UsGovSupport,
    string? OtherGovSupport,
    string SourceId,
    string? Notes);
