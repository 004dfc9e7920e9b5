using Lodestone.Domain.Model;

namespace Lodestone.Domain.Trade;

/// <summary>A U.S. trade measure that shapes flows (a Section 301 tariff, an antidumping or countervailing duty, a country's trade status, a call to change it), as <c>data/us_trade_measures.csv</c> records it with its source.</summary>
/// <param name="Id">Stable id ("DOC-AD-AAM-2025").</param>
/// <param name="Date">When it was announced or decided (partial dates as sources publish them).</param>
/// <param name="EffectiveDate">When it takes effect; null when not stated or unknown.</param>
/// <param name="MeasureType">tariff, antidumping, countervailing, trade_status or policy_call.</param>
/// <param name="Targets">Countries the measure applies to.</param>
/// <param name="Commodities">Canonical commodities it covers; empty for a country-wide measure.</param>
/// <param name="RateText">The rate or status as published ("0% to 25%", "93.5%"), never re-computed.</param>
/// <param name="Status">in force, scheduled, preliminary, subject, graduated, call, bill introduced …, judged on <paramref name="StatusAsOf"/>.</param>
public sealed record TradeMeasure(
    string Id,
    PartialDate Date,
    PartialDate? EffectiveDate,
    string MeasureType,
    Iso3 Imposing,
    IReadOnlyList<Iso3> Targets,
    IReadOnlyList<string> Commodities,
    string Scope,
    string? RateText,
    string Status,
    PartialDate? StatusAsOf,
    string Summary,
    string SourceId,
    string? Notes);
