using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Exposure;

/// <summary>A supplier's exposure figures at one stage, all as fractions 0–1.</summary>
/// <param name="Direct">Supplier's share of world stage output (the brief's supplier share); null when not listed by name.</param>
/// <param name="Traced">The importer's supply at this stage traced through production and trade data: bounds on the share that passed
/// through the supplier here or upstream, with partners, backing data and gaps; null when the importer has no data at this stage.</param>
/// <param name="ControlAdjustedDirect">Direct share after reassigning controlled output to the controlling country.</param>
/// <param name="ControlIsLowerBound">A used ownership fact is an "at least" figure.</param>
/// <param name="Distribution">The world stage shares used for <paramref name="Direct"/>.</param>
/// <param name="Notes">Proxy, projection, missing and assumption notes for this stage.</param>
/// <param name="DirectUpper">When the supplier is not listed by name, the most it can hold: the brief's
/// <see cref="Brief.StageSummary.SupplierShareUpper"/> (the "Other countries" row or what the listed countries
/// leave).</param>
public sealed record ExposureStageRow(
    Stage Stage,
    double? Direct,
    StageTrace? Traced,
    double? ControlAdjustedDirect,
    bool ControlIsLowerBound,
    StageDistribution? Distribution,
    IReadOnlyList<string> Notes,
    double? DirectUpper = null);
