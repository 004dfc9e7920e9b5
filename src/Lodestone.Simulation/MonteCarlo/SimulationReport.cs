using System.Globalization;
using Lodestone.Domain.Model;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.Sensitivity;

namespace Lodestone.Simulation.MonteCarlo;

/// <summary>The output contract of <c>lodestone simulate</c> (JSON in snake_case; documented in docs/simulation.md).</summary>
/// <param name="Months">Quantiles per month, commodity, stage and metric.</param>
/// <param name="Probabilities">Share of runs in which each predicate held.</param>
/// <param name="Supply">Mean supply by origin per month (importer units).</param>
/// <param name="Parameters">Every parameter with its distribution, basis and whether it is sampled or exact.</param>
public sealed record SimulationReport(
    string Scenario,
    int Runs,
    ulong Seed,
    string Start,
    int Horizon,
    string Importer,
    string Concern,
    IReadOnlyList<MonthQuantiles> Months,
    IReadOnlyList<PredicateProbability> Probabilities,
    IReadOnlyList<OriginSupply> Supply,
    IReadOnlyList<ParameterReport> Parameters)
{
    /// <summary>The ranked drivers of each market's headline figure (<c>simulate --sensitivity</c>); null when not asked for.</summary>
    public SensitivityReport? Sensitivity { get; init; }

    /// <summary>Per market with a published starting price (the scenario's <c>price:</c>), what price index 1 stands for.</summary>
    public IReadOnlyList<MarketPriceReport> BasePrices { get; init; } = [];

    /// <summary>The report of a Monte Carlo result: quantiles, supply, probabilities, parameters and the base prices.</summary>
    public static SimulationReport From(MonteCarloResult result) => new(
        result.Model.Scenario,
        result.Runs,
        result.Seed,
        result.Model.StartMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        result.Model.Horizon,
        result.Model.Importer.Code,
        result.Model.Concern.Code,
        result.Months,
        result.Probabilities,
        result.Supply,
        result.Model.Parameters.Select(Report).ToList())
    {
        BasePrices = result.Model.Markets.Where(m => m.Price is not null)
            .Select(m => new MarketPriceReport(m.Commodity, m.Stage.Name(), m.Price!.Series, m.Price.Unit, m.Price.Year, m.Price.Value, m.Price.IsEstimate, m.Price.SourceId))
            .ToList(),
    };

    /// <summary>A parameter as the report lists it.</summary>
    public static ParameterReport Report(Parameter p) => new(p.Name, p.Value.Describe(), p.Basis, p.IsAssumption, p.Uncertainty.Name(),
        p.Uncertainty switch
        {
            ParameterUncertainty.Sampled => p.SpreadBasis,
            ParameterUncertainty.Exact => p.ExactBasis,
            _ => null,
        });
}
