using Lodestone.Domain.Model;
using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>The plan for one commodity at one stage.</summary>
public sealed record MarketPlan(
    string Commodity,
    Stage Stage,
    string Unit,
    Iso3 Concern,
    double? Cap,
    CapBasis Basis,
    IReadOnlyList<QuarterPlan> Quarters,
    IReadOnlyList<ProjectDecision> Projects);
