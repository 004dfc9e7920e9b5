using System.Globalization;
using Lodestone.Domain.Facts;
using Lodestone.Domain.Model;
using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.Scenarios;

public sealed partial class ScenarioCompiler
{
    private void AddProjects(List<MarketBuilder> markets)
    {
        for (var i = 0; i < _scenario.Projects.Count; i++)
        {
            var spec = _scenario.Projects[i];
            var field = $"projects[{i}]";
            var project = _data.Projects.FirstOrDefault(p => p.Id == spec.Id)
                ?? throw Error(spec.Line, field + ".id", $"unknown project '{spec.Id}' (see data/projects.csv)");
            var commodity = _data.Commodities.Find(spec.Commodity)?.Name
                ?? throw Error(spec.Line, field + ".market", $"unknown commodity '{spec.Commodity}'");
            var marketIndex = markets.FindIndex(m => m.Commodity == commodity && m.Stage == spec.Stage);
            if (marketIndex < 0)
            {
                throw Error(spec.Line, field + ".market", $"market {commodity}/{spec.Stage.Name()} is not in the scenario");
            }
            var market = markets[marketIndex];
            var marketSpec = _scenario.Markets.First(m => _data.Commodities.Find(m.Commodity)?.Name == commodity && m.Stage == spec.Stage);
            if (market.DemandBase is not { } demandBase)
            {
                throw Error(spec.Line, field, $"market {market.Key} has no demand, so project capacity cannot be put in importer units");
            }
            var start = spec.Start ?? project.ExpectedStart
                ?? throw Error(spec.Line, field + ".start", $"project {spec.Id} has no expected start in the dataset; give start: with a source in the scenario");
            var prefix = market.Key + "." + spec.Id;
            var capacity = Capacity(spec, project, prefix, field);
            var origin = market.OriginIndex(project.Country.Code);
            if (origin < 0)
            {
                AddOrigin(market, project.Country.Code, 0);
                origin = market.Origins.Count - 1;
            }
            var delay = spec.DelayMonths is { } d ? Add(prefix + ".delay_months", d, field + ".delay_months") : P(marketSpec, prefix, "defaults", ParameterNames.ProjectDelayMonths);
            var ramp = spec.RampMonths is { } r ? Add(prefix + ".ramp_months", r, field + ".ramp_months") : P(marketSpec, prefix, "defaults", ParameterNames.RampMonths);
            market.Projects.Add(new ProjectModel(
                spec.Id,
                origin,
                MonthIndex(start),
                capacity,
                Add(prefix + ".to_demand_units", spec.ToDemandUnits, field + ".to_demand_units"),
                1.0 / demandBase,
                Add(prefix + ".offtake", spec.Offtake, field + ".offtake"),
                delay,
                ramp,
                (spec.Curve ?? _scenario.RampCurve) == "s-curve" ? RampCurve.SCurve : RampCurve.Linear));
        }
    }

    /// <summary>The project's capacity parameter: the scenario's own when it gives one, else the dataset's nameplate
    /// (one figure: the default spread around it; a range: uniform over it).</summary>
    private int Capacity(ProjectSpec spec, Project project, string prefix, string field)
    {
        if (spec.Capacity is { } cap)
        {
            return Add(prefix + ".capacity", cap, field + ".capacity");
        }
        if (project.CapacityMin is not { } low || project.CapacityMax is not { } high)
        {
            throw Error(spec.Line, field + ".capacity",
                $"project {spec.Id} has no capacity in the dataset; give capacity: with a source or an assumption");
        }
        var basis = string.Create(CultureInfo.InvariantCulture, $"{project.Id} ({low:G}–{high:G} {project.Unit})");
        if (low == high)
        {
            var (value, reason) = DefaultSpreads.Nameplate(high);
            return Add(new Parameter(prefix + ".capacity", value, basis, false, SpreadBasis: reason));
        }
        return Add(new Parameter(prefix + ".capacity", new Uniform(low, high), basis, false));
    }
}
