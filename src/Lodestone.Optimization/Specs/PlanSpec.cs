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
    public string? Path { get; init; }
    public string? Name { get; init; }
    public Iso3? Importer { get; init; }
    public Iso3? Supplier { get; init; }
    public string? Commodity { get; init; }
    public Stage? Stage { get; init; }
    public string Unit { get; init; } = "t";
    public Quarter? Start { get; init; }
    public int? Quarters { get; init; }
    public double? Cap { get; init; }
    public CapBasis? Basis { get; init; }
    public bool? CapEveryCountry { get; init; }
    public int CapLine { get; init; }
    public PartialDate? By { get; init; }
    public int ByLine { get; init; }
    public double? BudgetUsd { get; init; }
    public int BudgetLine { get; init; }
    public bool? PartnersOnly { get; init; }
    public IReadOnlyList<string> PartnerGroups { get; init; } = [CountryGroups.Msp, CountryGroups.UsFta];
    public bool IntegerProjects { get; init; } = true;
    public Sourced<double>? DemandPerYear { get; init; }
    public Sourced<double>? PriceUsdPerUnit { get; init; }
    public IReadOnlyDictionary<Iso3, Sourced<double>> OriginPrices { get; init; } = new Dictionary<Iso3, Sourced<double>>();
    public Sourced<double>? OfftakePremiumUsdPerUnit { get; init; }
    public Sourced<double>? SpareCapacityFraction { get; init; }
    public Sourced<double>? RiskWeightUsdPerUnit { get; init; }
    public Sourced<double>? ShortfallPenaltyUsdPerUnit { get; init; }
    public Sourced<double>? LeadTimeQuarters { get; init; }
    public StockpileSpec? Stockpile { get; init; }
    public RecyclingSpec? Recycling { get; init; }
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
