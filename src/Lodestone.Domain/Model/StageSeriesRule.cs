namespace Lodestone.Domain.Model;

/// <summary>The documented choice of series that answers "who supplies stage S of commodity C" (one row of
/// <c>data/reference/stage_series.csv</c>).</summary>
/// <param name="Commodity">Canonical commodity name.</param>
/// <param name="Stage">The stage the rule decides.</param>
/// <param name="Basis">Production over a world total, published shares, or none (no world share).</param>
/// <param name="Series">The production series or the published product scope; empty when <paramref name="Basis"/> is none.</param>
/// <param name="WorldExcludes">Production series whose figures the source's world total includes although they were moved to
/// their own series (helium from the Cliffside Field reserve): their value in the same year is taken off the world total.</param>
/// <param name="Reason">Why this series (or why no share), in words an analyst can check against the source.</param>
public sealed record StageSeriesRule(
    string Commodity,
    Stage Stage,
    SeriesBasis Basis,
    string Series,
    IReadOnlyList<string> WorldExcludes,
    string Reason);
