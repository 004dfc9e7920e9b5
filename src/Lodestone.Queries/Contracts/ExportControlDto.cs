namespace Lodestone.Queries.Contracts;

/// <summary>An export control with its published status, the date that status was last confirmed, and the status judged on the as-of date.</summary>
/// <param name="Targets">Targeted ISO3 codes; empty means all destinations.</param>
/// <param name="StatusAsOf">Date of the newest source confirming <paramref name="Status"/>; null when the data gives none.</param>
/// <param name="InForce">Whether it restricts exports on the as-of date, by the one rule (<c>ExportControl.InForceOn</c>); null when the record cannot tell.</param>
/// <param name="StatusJudged">The status on the answer's as-of date (default today), judged from the dates in the record.</param>
public sealed record ExportControlDto(
    string Id,
    string Date,
    string? EffectiveDate,
    string Imposing,
    string ImposingName,
    string MeasureType,
    string? MeasureRef,
    string CommodityText,
    IReadOnlyList<string> Commodities,
    IReadOnlyList<string> Targets,
    string TargetsText,
    string Status,
    string? StatusAsOf,
    string StatusJudged,
    bool? InForce,
    string SourceId,
    string? Notes);
