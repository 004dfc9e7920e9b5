namespace Lodestone.Simulation.Scenarios;

/// <summary>The parameter names a scenario may set under <c>defaults</c> or a market's <c>parameters</c>, with their meaning.</summary>
public static class ParameterNames
{
    public const string NetImportReliance = "net_import_reliance";
    public const string DemandGrowth = "demand_growth";
    public const string RestOfWorldGrowth = "rest_of_world_growth";
    public const string WorldToImporter = "world_to_importer";
    public const string ConcernWorldShare = "concern_world_share";
    public const string SpareCapacity = "spare_capacity";
    public const string SpareLagMonths = "spare_lag_months";
    public const string NonConcernGrowth = "non_concern_growth";
    public const string StockpileMonths = "stockpile_months";
    public const string MaxReleasePerMonth = "max_release_per_month";
    public const string SubstitutionRate = "substitution_rate";
    public const string SubstitutionMax = "substitution_max";
    public const string SubstitutionLagMonths = "substitution_lag_months";
    public const string DemandElasticity = "demand_elasticity";
    public const string DemandReductionMax = "demand_reduction_max";
    public const string DemandReductionLagMonths = "demand_reduction_lag_months";
    public const string RecyclingShare = "recycling_share";
    public const string RecyclingGrowth = "recycling_growth";
    public const string PriceElasticity = "price_elasticity";
    public const string PriceCap = "price_cap";
    public const string RampMonths = "ramp_months";
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
