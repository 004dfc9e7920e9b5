using Lodestone.Domain.Exposure;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Exposure.Contracts;

/// <summary>The supplier's exposure figures at one stage, all fractions 0–1: world share, traced dependence,
/// control-adjusted world share, with the stage shares' year, series and source ids.</summary>
/// <param name="Stage">The stage ("mining", "refining" …).</param>
/// <param name="Direct">The supplier's share of world output at the stage, 0–1; null when it is not listed by
/// name.</param>
/// <param name="DirectUpper">When the supplier is not listed by name, the most it can hold (the brief's bound); null
/// otherwise.</param>
/// <param name="Traced">The importer's traced dependence at the stage; null when the importer has no data at this
/// stage.</param>
/// <param name="ControlAdjustedDirect">The direct share after reassigning controlled output to the controlling country,
/// 0–1.</param>
/// <param name="ControlIsLowerBound">True when a used ownership fact is an "at least" figure.</param>
/// <param name="Year">The year of the world stage shares used; null without them (as for the next four fields).</param>
/// <param name="Series">What the shares measure ("mine production", the IEA product scope …).</param>
/// <param name="DataType">"observed", "estimate (USGS 2024e)" … for published shares; "USGS production"
/// otherwise.</param>
/// <param name="Basis">The share basis of the stage shares (the domain's <c>ShareBasis</c>, by name).</param>
/// <param name="IsProxy">True when a mine split stands in for a processing split.</param>
/// <param name="SourceIds">The sources of the stage shares.</param>
/// <param name="Notes">Proxy, projection, missing and assumption notes for this stage.</param>
/// <param name="YearNote">"2022 (latest available)" when the shares are of another year than the report's; null
/// otherwise.</param>
public sealed record ExposureStageJson(
    string Stage,
    double? Direct,
    double? DirectUpper,
    TraceJson? Traced,
    double? ControlAdjustedDirect,
    bool ControlIsLowerBound,
    int? Year,
    string? Series,
    string? DataType,
    string? Basis,
    bool IsProxy,
    IReadOnlyList<string> SourceIds,
    IReadOnlyList<string> Notes,
    string? YearNote)
{
    /// <summary>The row read for <paramref name="year"/>: <c>year_note</c> says "2022 (latest available)" when its
    /// shares are of another year.</summary>
    public static ExposureStageJson From(ExposureStageRow s, int? year) => new(
        s.Stage.Name(), s.Direct, s.DirectUpper, s.Traced is { } t ? TraceJson.From(t) : null, s.ControlAdjustedDirect,
        s.ControlIsLowerBound,
        s.Distribution?.Year, s.Distribution?.Series, s.Distribution?.DataType, s.Distribution?.Basis.ToString(),
        s.Distribution?.IsProxy ?? false, s.Distribution?.SourceIds ?? [], s.Notes,
        year is { } y && s.Distribution?.Year is { } d ? Vintages.Mark(d, y) : null);
}
