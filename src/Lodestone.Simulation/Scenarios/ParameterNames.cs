namespace Lodestone.Simulation.Scenarios;

/// <summary>The parameter names a scenario may set under <c>defaults</c> or a market's <c>parameters</c>, with their meaning.</summary>
public static class ParameterNames
{
    /// <summary>NIR: net imports as a fraction of the importer's demand (0–1); the rest is domestic supply.</summary>
    public const string NetImportReliance = "net_import_reliance";
    /// <summary>g: the importer's demand growth per year (−1 to 10).</summary>
    public const string DemandGrowth = "demand_growth";
    /// <summary>g_w: the rest of the world's demand growth per year (−1 to 10).</summary>
    public const string RestOfWorldGrowth = "rest_of_world_growth";
    /// <summary>ω: world supply at the stage over the importer's demand (a ratio of market sizes, ≥ 0).</summary>
    public const string WorldToImporter = "world_to_importer";
    /// <summary>w_X: the supplier of concern's share of world supply at the stage (0–1).</summary>
    public const string ConcernWorldShare = "concern_world_share";
    /// <summary>φ: other suppliers' idle capacity as a fraction of their output (0–10).</summary>
    public const string SpareCapacity = "spare_capacity";
    /// <summary>L_sp: months of disruption before spare capacity delivers (0–240).</summary>
    public const string SpareLagMonths = "spare_lag_months";
    /// <summary>g_n: growth of supply outside the concern per year of disruption, as a fraction of world supply (−1 to 10).</summary>
    public const string NonConcernGrowth = "non_concern_growth";
    /// <summary>K(0): the importer's stock at the start, in months of demand (0–240).</summary>
    public const string StockpileMonths = "stockpile_months";
    /// <summary>z_max: the most stock released in one month, in months of demand (0–240).</summary>
    public const string MaxReleasePerMonth = "max_release_per_month";
    /// <summary>r_sub: substitution built up per year of disruption, as a fraction of demand (0–10).</summary>
    public const string SubstitutionRate = "substitution_rate";
    /// <summary>σ_max: the most demand substitution can replace (fraction, 0–1).</summary>
    public const string SubstitutionMax = "substitution_max";
    /// <summary>L_sub: months of disruption before substitution starts (0–240).</summary>
    public const string SubstitutionLagMonths = "substitution_lag_months";
    /// <summary>ε: demand reduction per unit of price rise above the pre-disruption index (0–100).</summary>
    public const string DemandElasticity = "demand_elasticity";
    /// <summary>δ_max: the most demand that price can remove (fraction, 0–1).</summary>
    public const string DemandReductionMax = "demand_reduction_max";
    /// <summary>L_dr: months of disruption before demand reduction starts (0–240).</summary>
    public const string DemandReductionLagMonths = "demand_reduction_lag_months";
    /// <summary>ρ: additional recycling at the start, as a fraction of demand (0–1).</summary>
    public const string RecyclingShare = "recycling_share";
    /// <summary>ρ_g: growth of additional recycling per year, as a fraction of demand (−1 to 10).</summary>
    public const string RecyclingGrowth = "recycling_growth";
    /// <summary>η: the point price elasticity of demand at the pre-disruption price (positive, at most 100): P = 1 + u/η.</summary>
    public const string PriceElasticity = "price_elasticity";
    /// <summary>P_cap: the ceiling of the price index, a multiple of the pre-disruption price (at least 1).</summary>
    public const string PriceCap = "price_cap";
    /// <summary>R_j: default months a project takes from its start to full output (0–240).</summary>
    public const string RampMonths = "ramp_months";
    /// <summary>d_j: default months a project starts after its expected start (0–240).</summary>
    public const string ProjectDelayMonths = "project_delay_months";

    /// <summary>Every name with a one-line meaning (units in brackets).</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [NetImportReliance] = "importer's net import reliance [fraction of demand]; default from the dataset",
        [DemandGrowth] = "importer demand growth [fraction per year]",
        [RestOfWorldGrowth] = "rest-of-world demand growth [fraction per year]",
        [WorldToImporter] = "world market size in importer-demand units [ratio]; default world production / importer demand",
        [ConcernWorldShare] = "supplier of concern's share of world supply at the stage [fraction]; default from the dataset",
        [SpareCapacity] = "idle capacity outside the concern [fraction of its output]",
        [SpareLagMonths] = "months before spare capacity reaches the importer",
        [NonConcernGrowth] = "capacity growth outside the concern once disrupted [fraction of the world market per year]",
        [StockpileMonths] = "government and industry stocks at the start [months of importer demand]",
        [MaxReleasePerMonth] = "largest stock release in a month [months of demand]",
        [SubstitutionRate] = "substitution build-up under disruption [fraction of demand per year]",
        [SubstitutionMax] = "ceiling on substitution [fraction of demand]",
        [SubstitutionLagMonths] = "months of disruption before substitution starts",
        [DemandElasticity] = "demand reduction per unit of price rise [fraction per (P − 1)]",
        [DemandReductionMax] = "ceiling on demand reduction [fraction of demand]",
        [DemandReductionLagMonths] = "months of disruption before demand reduction starts",
        [RecyclingShare] = "additional secondary supply at the start, beyond what the domestic share (1 − NIR) already holds [fraction of demand]",
        [RecyclingGrowth] = "growth of additional secondary supply [fraction of demand per year]",
        [PriceElasticity] = "point price elasticity of demand of the inverse-demand curve [positive number]",
        [PriceCap] = "ceiling of the price index [multiple of the pre-disruption price]",
        [RampMonths] = "months from a project's first output to full capacity",
        [ProjectDelayMonths] = "slip of a project's expected start [months]",
    };
}
