using Lodestone.Queries.Contracts;

namespace Lodestone.Queries.Trade;

/// <summary>A U.S. trade measure bearing on the question (its commodity, or a country asked), with its source; dates YYYY[-MM[-DD]], unknown as null.</summary>
public sealed record TradeMeasureJson(
    string Id,
    string Date,
    string? EffectiveDate,
    string MeasureType,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Commodities,
    string Scope,
    string? RateText,
    string Status,
    string? StatusAsOf,
    string Summary,
    string? Notes,
    SourceDto Source);
