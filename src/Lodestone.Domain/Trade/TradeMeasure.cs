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
    string? Notes)
{
    /// <summary>The status on <paramref name="date"/>, judged from the record's dates: "pending (from …)" before the measure takes
    /// effect; a measure recorded as scheduled whose effective date has passed is "due from …; status since then not recorded"
    /// (the record predates it, so whether it took effect is not known here); otherwise the recorded status.</summary>
    public string StatusOn(DateOnly date)
    {
        if (EffectiveDate is { } effective && date < effective.Earliest)
        {
            return "pending (from " + effective + ")";
        }
        if (Status == "scheduled" && EffectiveDate is { } due && (StatusAsOf is null || StatusAsOf.Value.Earliest < due.Earliest))
        {
            return "due from " + due + "; status since then not recorded";
        }
        return Status;
    }
}
