using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Simulation.Attribution;
using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.Scenarios;

/// <summary>Turns a <see cref="ScenarioDefinition"/> and a <see cref="Dataset"/> into a <see cref="SimulationModel"/>.</summary>
/// <remarks>
/// Data fills what the scenario leaves out: import shares and net import reliance (USGS MCS), world production and the
/// concern's share (USGS MCS, IEA), project capacities and starts (projects.csv). Every parameter keeps its basis; a
/// basis that is not an assumption must be a dataset id or a citation with a URL or DOI. Errors carry file, line, field.
/// </remarks>
public sealed partial class ScenarioCompiler
{
    private static readonly string[] Required =
    [
        ParameterNames.DemandGrowth, ParameterNames.RestOfWorldGrowth, ParameterNames.SpareCapacity, ParameterNames.SpareLagMonths,
        ParameterNames.NonConcernGrowth, ParameterNames.StockpileMonths, ParameterNames.MaxReleasePerMonth, ParameterNames.SubstitutionRate,
        ParameterNames.SubstitutionMax, ParameterNames.SubstitutionLagMonths, ParameterNames.DemandElasticity, ParameterNames.DemandReductionMax,
        ParameterNames.DemandReductionLagMonths, ParameterNames.RecyclingShare, ParameterNames.RecyclingGrowth, ParameterNames.PriceElasticity,
        ParameterNames.PriceCap, ParameterNames.RampMonths, ParameterNames.ProjectDelayMonths,
    ];

    private readonly ScenarioDefinition _scenario;
    private readonly Dataset _data;
    private readonly CompileOptions _options;
    private readonly IOriginAttribution _attribution;
    private readonly List<Parameter> _parameters = [];
    private readonly int _horizon;
    private readonly DateOnly _start;
    private readonly int _year;

    private ScenarioCompiler(ScenarioDefinition scenario, Dataset data, CompileOptions options)
    {
        _scenario = scenario;
        _data = data;
        _options = options;
        _attribution = options.Attribution ?? DirectOriginAttribution.Instance;
        _horizon = options.Horizon ?? scenario.Horizon;
        _start = scenario.Start.Earliest;
        _year = options.Year ?? Vintages.NewestComplete(data) ?? int.MaxValue;
        // The traced content and the compiled inputs must read one year, or "share now" and exposure would disagree.
        if (_attribution is TracedOriginAttribution traced && traced.Year is { } y && y != _year)
        {
            throw new ArgumentException($"the origin attribution reads {y}, the compile options {_year}: build both for one year", nameof(options));
        }
    }

    /// <summary>The model of <paramref name="scenario"/> on <paramref name="data"/>: every market's origins, shares, parameters
    /// (with their basis), events and projects, read for the options' year (default the newest complete one).</summary>
    /// <exception cref="ScenarioException">The scenario names data the dataset lacks or a parameter outside its range.</exception>
    public static SimulationModel Compile(ScenarioDefinition scenario, Dataset data, CompileOptions? options = null) =>
        new ScenarioCompiler(scenario, data, options ?? new CompileOptions()).Build();

    private SimulationModel Build()
    {
        if (_horizon is < 1 or > 240)
        {
            throw Error(1, "horizon", "must be 1–240 months");
        }
        foreach (var (key, spec) in _scenario.Defaults)
        {
            CheckBasis(spec, "defaults." + key);
        }
        if (_scenario.Markets.Count == 0)
        {
            throw Error(1, "markets", "a scenario needs at least one market");
        }
        var markets = _scenario.Markets.Select((m, i) => BuildMarket(m, i)).ToList();
        AddProjects(markets);
        var compiled = markets.Select(m => m.ToModel()).ToList();
        var model = new SimulationModel(_scenario.Name, _start, _horizon, _scenario.Importer, _scenario.Concern, compiled, _parameters, []);
        return model with { Predicates = BuildPredicates(model) };
    }

    private int Add(string name, ParameterSpec spec, string field)
    {
        CheckBasis(spec, field);
        return Add(new Parameter(name, spec.Value, spec.Basis, spec.IsAssumption, spec.Spread, spec.Exact));
    }

    private int Add(Parameter parameter)
    {
        _parameters.Add(parameter);
        return _parameters.Count - 1;
    }

    /// <summary>A non-assumption basis must resolve: a dataset id, or a citation carrying a URL or DOI.</summary>
    private void CheckBasis(ParameterSpec spec, string field)
    {
        if (spec.IsAssumption)
        {
            if (spec.Basis.Trim().Length < 8)
            {
                throw Error(spec.Line, field, "an assumption needs a reason (at least a few words)");
            }
            return;
        }
        if (!IsKnownSource(spec.Basis))
        {
            throw Error(spec.Line, field, $"source '{spec.Basis}' is neither a dataset id (source, export control, agreement, project) nor a citation with a URL or DOI");
        }
    }

    internal bool IsKnownSource(string basis)
    {
        var text = basis.Trim();
        if (text.Contains("http://", StringComparison.Ordinal) || text.Contains("https://", StringComparison.Ordinal) || text.Contains("doi:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(id =>
            _data.Sources.ContainsKey(id)
            || _data.ExportControls.Any(c => c.Id == id)
            || _data.Agreements.Any(a => a.Id == id)
            || _data.Projects.Any(p => p.Id == id));
    }

    private ScenarioException Error(long line, string field, string reason) => new(_scenario.File, line, field, reason);

    private ParameterSpec Setting(MarketSpec market, string name)
    {
        if (market.Overrides.TryGetValue(name, out var spec) || _scenario.Defaults.TryGetValue(name, out spec))
        {
            return spec;
        }
        throw Error(market.Line, "defaults." + name, "missing parameter (set it under defaults or the market's parameters)");
    }

    private int MonthIndex(PartialDate date) =>
        (date.Year - _start.Year) * 12 + (date.Month ?? 1) - _start.Month;

    private IReadOnlyList<Predicate> BuildPredicates(SimulationModel model)
    {
        var result = new List<Predicate>();
        foreach (var spec in _scenario.Predicates)
        {
            Metrics.TryParse(spec.Metric, out var metric);
            var month = spec.Month ?? MonthIndex(spec.Date!.Value) + 1;
            if (_options.Horizon is not null && month > _horizon)
            {
                // A horizon shortened on the command line drops the predicates it no longer reaches.
                continue;
            }
            if (month < 1 || month > _horizon)
            {
                throw Error(spec.Line, "predicates.month", $"month {month} is outside the horizon 1–{_horizon}");
            }
            var indices = spec.Market == "*"
                ? Enumerable.Range(0, model.Markets.Count)
                : [IndexOfMarket(model, spec.Market, spec.Line)];
            result.AddRange(indices.Select(i => new Predicate(spec.Name, i, metric, month, spec.Op, spec.Threshold)));
        }
        return result;
    }

    private int IndexOfMarket(SimulationModel model, string key, long line)
    {
        for (var i = 0; i < model.Markets.Count; i++)
        {
            if (string.Equals(model.Markets[i].Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        throw Error(line, "predicates.market", $"unknown market '{key}'; the scenario has: {string.Join(", ", model.Markets.Select(m => m.Key))}");
    }
}
