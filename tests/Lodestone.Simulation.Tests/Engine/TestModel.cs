using Lodestone.Domain.Model;
using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Engine;

namespace Lodestone.Simulation.Tests.Engine;

/// <summary>Builds one-market models by hand, every response switched off unless a test turns it on.</summary>
internal sealed class TestModel
{
    private readonly List<Parameter> _parameters = [];
    private readonly Dictionary<string, double> _values = new()
    {
        ["nir"] = 1,
        ["demand_growth"] = 0,
        ["row_growth"] = 0,
        ["world_to_importer"] = 1,
        ["concern_world_share"] = 0,
        ["spare"] = 0,
        ["spare_lag"] = 0,
        ["non_concern_growth"] = 0,
        ["stock"] = 0,
        ["max_release"] = 1000,
        ["sub_rate"] = 0,
        ["sub_max"] = 0,
        ["sub_lag"] = 0,
        ["elasticity"] = 0,
        ["dr_max"] = 0,
        ["dr_lag"] = 0,
        ["recycling"] = 0,
        ["recycling_growth"] = 0,
        ["price_elasticity"] = 1,
        ["price_cap"] = 10,
    };
    private readonly List<(string Origin, double Share)> _imports = [];
    private readonly List<Func<Func<string, double, int>, Func<string, int>, EventModel>> _events = [];
    private readonly List<Func<Func<string, double, int>, Func<string, int>, ProjectModel>> _projects = [];

    public int Horizon { get; set; } = 12;

    public TestModel Set(string name, double value)
    {
        if (!_values.ContainsKey(name))
        {
            throw new ArgumentException("unknown test parameter " + name);
        }
        _values[name] = value;
        return this;
    }

    public TestModel Import(string origin, double share)
    {
        _imports.Add((origin, share));
        return this;
    }

    /// <summary>A ban (severity 1, no licences) by <paramref name="country"/> over months <paramref name="from"/>–<paramref name="to"/> (1-based, inclusive).</summary>
    public TestModel Ban(string country, int from, int to, bool targetsAll = false, double approval = 0)
    {
        _events.Add((add, origin) => new EventModel("ban", country, origin(country), true, targetsAll,
            Enumerable.Range(1, Horizon).Select(m => m >= from && m <= to).ToList(),
            add("severity", 1), add("approval", approval), add("world_share", _values["concern_world_share"])));
        return this;
    }

    public TestModel Project(string country, double capacityPerYear, double demandPerYear, int startMonthIndex, double delay, double ramp, RampCurve curve = RampCurve.Linear)
    {
        _projects.Add((add, origin) => new ProjectModel("p", origin(country), startMonthIndex, add("capacity", capacityPerYear), add("units", 1),
            1.0 / demandPerYear, add("offtake", 1), add("delay", delay), add("ramp", ramp), curve));
        return this;
    }

    public SimulationModel Build()
    {
        int Add(string name, double value)
        {
            _parameters.Add(new Parameter(name, new Fixed(value), "hand-worked test value", true));
            return _parameters.Count - 1;
        }
        int P(string name) => Add(name, _values[name]);
        var origins = new List<string> { "USA" };
        var shares = new List<double> { 0 };
        foreach (var (origin, share) in _imports)
        {
            origins.Add(origin);
            shares.Add(share);
        }
        int Origin(string country)
        {
            var i = origins.IndexOf(country);
            if (i < 0)
            {
                origins.Add(country);
                shares.Add(0);
                i = origins.Count - 1;
            }
            return i;
        }
        var parameters = new MarketParameters(P("nir"), P("demand_growth"), P("row_growth"), P("world_to_importer"), P("concern_world_share"),
            P("spare"), P("spare_lag"), P("non_concern_growth"), P("stock"), P("max_release"), P("sub_rate"), P("sub_max"), P("sub_lag"),
            P("elasticity"), P("dr_max"), P("dr_lag"), P("recycling"), P("recycling_growth"), P("price_elasticity"), P("price_cap"));
        var events = _events.Select(e => e(Add, Origin)).ToList();
        var projects = _projects.Select(p => p(Add, Origin)).ToList();
        var market = new MarketModel("gallium", Stage.Refining, 1200, "kg", origins, 0, shares,
            origins.Select(o => o == "CHN" ? 1.0 : 0).ToList(), origins.Select(o => o == "CHN" ? 1.0 : 0).ToList(), parameters, events, projects);
        return new SimulationModel("test", new DateOnly(2026, 1, 1), Horizon, new Iso3("USA"), new Iso3("CHN"), [market], _parameters, []);
    }
}
