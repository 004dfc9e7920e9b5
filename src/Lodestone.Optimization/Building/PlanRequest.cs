using Lodestone.Domain.Model;
using Lodestone.Optimization.Model;
using Lodestone.Optimization.Specs;

namespace Lodestone.Optimization.Building;

/// <summary>What the user asks: command-line choices layered over a plan file.</summary>
/// <remarks>Null fields fall back to the plan file, then to defaults: importer USA, supplier CHN, stage refining, 12 quarters from <paramref name="Today"/>'s quarter.</remarks>
public sealed record PlanRequest(
    DateOnly Today,
    PlanSpec Spec,
    string? Commodity = null,
    Iso3? Importer = null,
    Iso3? Supplier = null,
    Stage? Stage = null,
    double? Cap = null,
    PartialDate? By = null,
    double? BudgetUsd = null,
    bool? PartnersOnly = null,
    int? Quarters = null,
    Quarter? Start = null,
    CapBasis? Basis = null,
    bool? CapEveryCountry = null);
