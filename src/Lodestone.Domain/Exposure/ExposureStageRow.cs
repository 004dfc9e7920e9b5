using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>A supplier's exposure figures at one stage, all as fractions 0–1.</summary>
/// <param name="Direct">Supplier's share of world stage output (the brief's supplier share); null when not listed by name.</param>
/// <param name="Effective">Share of the importer's traced supply that passed through the supplier at this stage; null when the stage is not on the traced chain.</param>
/// <param name="ControlAdjusted">Effective share after reassigning controlled output to the controlling country.</param>
/// <param name="ControlAdjustedDirect">Direct share after the same reassignment over world stage shares.</param>
/// <param name="ControlIsLowerBound">A used ownership fact is an "at least" figure.</param>
/// <param name="Distribution">The world stage shares used for <paramref name="Direct"/>.</param>
/// <param name="Notes">Proxy, projection, missing and assumption notes for this stage.</param>
public sealed record ExposureStageRow(
    Stage Stage,
    double? Direct,
    double? Effective,
    double? ControlAdjusted,
    double? ControlAdjustedDirect,
    bool ControlIsLowerBound,
    StageDistribution? Distribution,
    IReadOnlyList<string> Notes);
