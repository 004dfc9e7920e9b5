using Lodestone.Domain.Model;

namespace Lodestone.Optimization.Specs;

/// <summary>A plan's overrides for one project of data/projects.csv.</summary>
/// <param name="Line">Line of the entry in the plan file.</param>
/// <param name="Require">Force the project in (a what-if).</param>
/// <param name="Exclude">Leave the project out.</param>
public sealed record ProjectSpec(
    string Id,
    int Line,
    Sourced<double>? InvestmentUsd,
    Sourced<double>? CapacityPerYear,
    Sourced<PartialDate>? EarliestStart,
    Sourced<double>? RampQuarters,
    bool Require,
    bool Exclude);
