using Lodestone.Domain.Exposure;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;

namespace Lodestone.Exposure.Contracts;

/// <summary>The supplier's exposure figures at one stage, all fractions 0–1: world share, traced dependence, control-adjusted world share, with the stage shares' year, series and source ids.</summary>
public sealed record ExposureStageJson(
    string Stage,
    double? Direct,
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
    /// <summary>The row read for <paramref name="year"/>: <c>year_note</c> says "2022 (latest available)" when its shares are of another year.</summary>
    public static ExposureStageJson From(ExposureStageRow s, int? year) => new(
        s.Stage.Name(), s.Direct, s.Traced is { } t ? TraceJson.From(t) : null, s.ControlAdjustedDirect, s.ControlIsLowerBound,
        s.Distribution?.Year, s.Distribution?.Series, s.Distribution?.DataType, s.Distribution?.Basis.ToString(),
        s.Distribution?.IsProxy ?? false, s.Distribution?.SourceIds ?? [], s.Notes,
        year is { } y && s.Distribution?.Year is { } d ? Vintages.Mark(d, y) : null);
}
