namespace Lodestone.Web.Contracts;

/// <summary>Body of <c>POST /api/plans/jobs</c>: the options of <c>lodestone plan</c> with <c>--robustness</c>, by the same names
/// (<c>--partners-only</c> is <c>partners_only</c>); as stored, with the defaults the server filled in.</summary>
/// <param name="Commodity">Commodity name, alias or symbol ("rare earths"); default: the plan's.</param>
/// <param name="Plan">A shipped plan by name ("rare-earths" for <c>plans/rare-earths.yaml</c>; default the commodity's, as the CLI). Not a path.</param>
/// <param name="Importer">Importing country, ISO3 (default USA, or the plan's).</param>
/// <param name="Supplier">Supplier of concern, ISO3 (default CHN, or the plan's).</param>
/// <param name="Stage">mining, refining, components or recycling (default refining, or the plan's).</param>
/// <param name="Cap">Maximum share of the supplier of concern, 0–1.</param>
/// <param name="By">Date from which the cap must hold: YYYY, YYYY-MM or YYYY-MM-DD.</param>
/// <param name="Budget">Budget for project investment, USD.</param>
/// <param name="PartnersOnly">Source only from agreement partners and allowed groups.</param>
/// <param name="Basis">supply or imports.</param>
/// <param name="EveryCountry">Hold every other foreign country to the same cap.</param>
/// <param name="Content">traced (default) or direct.</param>
/// <param name="Quarters">Horizon in quarters, 1–80 (default 12).</param>
/// <param name="Robustness">Sampled runs of the replay, 1–100,000 (default 2,000).</param>
/// <param name="RobustnessSeed">Seed of the runs (default 1).</param>
/// <param name="RobustnessScenario">A shipped scenario by name (default announced-partnerships). Not a path.</param>
/// <param name="AsOf">The day the plan is made on, YYYY-MM-DD (its first quarter, controls in force); default the server's today, stored
/// so that a job run again on another day gives the same figures.</param>
public sealed record PlanJobRequestDto(
    string? Commodity = null,
    string? Plan = null,
    string? Importer = null,
    string? Supplier = null,
    string? Stage = null,
    double? Cap = null,
    string? By = null,
    double? Budget = null,
    bool? PartnersOnly = null,
    string? Basis = null,
    bool? EveryCountry = null,
    string? Content = null,
    int? Quarters = null,
    int? Robustness = null,
    int? RobustnessSeed = null,
    string? RobustnessScenario = null,
    string? AsOf = null);
