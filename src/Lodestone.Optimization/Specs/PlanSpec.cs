using Lodestone.Domain.Model;
using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Specs;

/// <summary>A plan file (plans/*.yaml): the what-if inputs of one planning run.</summary>
/// <remarks>
/// Decision parameters (importer, cap, by, budget, horizon) are choices and need no source. Every cost, price,
/// demand or capacity parameter is a <see cref="Sourced{T}"/>: it cites a source or says <c>assumption: reason</c>.
/// Command-line options override the file's decision parameters.
/// </remarks>
public sealed record PlanSpec
{
    /// <summary>The file the plan was read from; null for a plan built in code.</summary>
    public string? Path { get; init; }
    /// <summary>The plan's name for reports; null when the file gives none.</summary>
    public string? Name { get; init; }
    /// <summary>The importer whose supply is planned; null: the command's, else USA.</summary>
    public Iso3? Importer { get; init; }
    /// <summary>The supplier of concern whose share is capped; null: the command's, else CHN.</summary>
    public Iso3? Supplier { get; init; }
    /// <summary>The commodity, any name or alias the catalogue knows; null: given on the command line.</summary>
    public string? Commodity { get; init; }
    /// <summary>The stage planned; null: refining.</summary>
    public Stage? Stage { get; init; }
    /// <summary>The mass unit of volumes and per-unit prices: t (default), kt or kg.</summary>
    public string Unit { get; init; } = "t";
    /// <summary>The first planning quarter; null: the current quarter.</summary>
    public Quarter? Start { get; init; }
    /// <summary>The horizon in quarters, 1–80; null: 12.</summary>
    public int? Quarters { get; init; }
    /// <summary>The largest share the supplier may hold, 0–1; null: given on the command line.</summary>
    public double? Cap { get; init; }
    /// <summary>What the cap is a share of: all sourced supply or imports; null: supply, unless the command says.</summary>
    public CapBasis? Basis { get; init; }
    /// <summary>Also hold every other foreign country to the cap (the EU CRMA reading); null: no.</summary>
    public bool? CapEveryCountry { get; init; }
    /// <summary>Line of <c>cap</c> in the file, for errors; 0 when absent.</summary>
    public int CapLine { get; init; }
    /// <summary>The date from whose quarter the cap holds; null: given on the command line.</summary>
    public PartialDate? By { get; init; }
    /// <summary>Line of <c>by</c> in the file, for errors; 0 when absent.</summary>
    public int ByLine { get; init; }
    /// <summary>The most that may be invested in projects, USD (≥ 0); null: no budget.</summary>
    public double? BudgetUsd { get; init; }
    /// <summary>Line of <c>budget_usd</c> in the file, for errors; 0 when absent.</summary>
    public int BudgetLine { get; init; }
    /// <summary>Limit other origins to agreement partners and <see cref="PartnerGroups"/>; null: no limit unless the command asks.</summary>
    public bool? PartnersOnly { get; init; }
    /// <summary>Country groups whose members count as partners under partners-only (default MSP and US_FTA).</summary>
    public IReadOnlyList<string> PartnerGroups { get; init; } = [CountryGroups.Msp, CountryGroups.UsFta];
    /// <summary>True (default): a project is backed fully or not at all (SCIP); false: fractional backing (GLOP).</summary>
    public bool IntegerProjects { get; init; } = true;
    /// <summary>The importer's demand per year in <see cref="Unit"/>; null: no plan can be built (insufficient data).</summary>
    public Sourced<double>? DemandPerYear { get; init; }
    /// <summary>The base price, USD per <see cref="Unit"/>; null: unknown, and the cost is reported as unknown.</summary>
    public Sourced<double>? PriceUsdPerUnit { get; init; }
    /// <summary>Prices by origin, USD per <see cref="Unit"/>, that replace the base price for those origins.</summary>
    public IReadOnlyDictionary<Iso3, Sourced<double>> OriginPrices { get; init; } = new Dictionary<Iso3, Sourced<double>>();
    /// <summary>The extra price of new offtake over an existing flow, USD per <see cref="Unit"/>; null: none.</summary>
    public Sourced<double>? OfftakePremiumUsdPerUnit { get; init; }
    /// <summary>Producers' idle capacity open to new offtake, as a fraction of their output (0–1); null: no new offtake.</summary>
    public Sourced<double>? SpareCapacityFraction { get; init; }
    /// <summary>λ: the extra cost per unit from a risky origin (the supplier and FEOC countries), USD; null: 0.</summary>
    public Sourced<double>? RiskWeightUsdPerUnit { get; init; }
    /// <summary>The cost of a unit of unmet demand, USD; null: demand must be met in full.</summary>
    public Sourced<double>? ShortfallPenaltyUsdPerUnit { get; init; }
    /// <summary>Quarters added to each project's expected start before it can deliver (0–80); null: none.</summary>
    public Sourced<double>? LeadTimeQuarters { get; init; }
    /// <summary>The stockpile: opening stock, size limit, carrying cost; null: no stockpile.</summary>
    public StockpileSpec? Stockpile { get; init; }
    /// <summary>Recycling capacity and cost; null: no recycling.</summary>
    public RecyclingSpec? Recycling { get; init; }
    /// <summary>Per-project overrides (capacity, capex, exclusion), by project id.</summary>
    public IReadOnlyList<ProjectSpec> Projects { get; init; } = [];

    /// <summary>Every sourced parameter, for the report's citations list.</summary>
    public IEnumerable<(string Field, string Citation)> Citations()
    {
        (string, string)? One<T>(string field, Sourced<T>? s) => s is null ? null : (field, s.ToString());
        var all = new[]
        {
            One("demand_per_year", DemandPerYear), One("price_usd_per_unit", PriceUsdPerUnit),
            One("offtake_premium_usd_per_unit", OfftakePremiumUsdPerUnit), One("spare_capacity_fraction", SpareCapacityFraction),
            One("risk_weight_usd_per_unit", RiskWeightUsdPerUnit), One("shortfall_penalty_usd_per_unit", ShortfallPenaltyUsdPerUnit),
            One("lead_time_quarters", LeadTimeQuarters),
        }.Where(x => x is not null).Select(x => x!.Value);
        var origins = OriginPrices.Select(kv => ("origin_prices." + kv.Key, kv.Value.ToString()));
        var projects = Projects.SelectMany(p => new[]
        {
            One("projects." + p.Id + ".investment_usd", p.InvestmentUsd), One("projects." + p.Id + ".capacity_per_year", p.CapacityPerYear),
            One("projects." + p.Id + ".earliest_start", p.EarliestStart), One("projects." + p.Id + ".ramp_quarters", p.RampQuarters),
        }.Where(x => x is not null).Select(x => x!.Value));
        var stock = Stockpile is { } s
            ? new[] { ("stockpile.initial", s.Initial.ToString()), ("stockpile.max", s.Max.ToString()), ("stockpile.carrying_usd_per_unit_quarter", s.CarryingUsdPerUnitQuarter.ToString()) }
                .Concat(s.InitialConcernContent is { } k ? [("stockpile.initial_concern_content", k.ToString())] : [])
            : [];
        var rec = Recycling is { } r
            ? new[] { ("recycling.capacity_per_year", r.CapacityPerYear.ToString()) }.Concat(r.CostUsdPerUnit is { } c ? [("recycling.cost_usd_per_unit", c.ToString())] : [])
            : [];
        return all.Concat(origins).Concat(projects).Concat(stock).Concat(rec);
    }
}
