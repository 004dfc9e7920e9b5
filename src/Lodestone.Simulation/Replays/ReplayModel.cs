using Lodestone.Domain.Model;
using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Scenarios;

namespace Lodestone.Simulation.Replays;

/// <summary>A plan compiled for replay under one scenario: per market its events and backed projects, and the random
/// streams they
/// draw (each event's severity and approval rate, each project's delay), numbered in the order they are met.</summary>
/// <remarks>Inputs drawn per run r: each backed project's delay (the scenario's <c>delay_months</c> for that project
/// id, else the
/// market's or the scenario's <c>project_delay_months</c>; none when the scenario has neither) and the severity and
/// approval rate of
/// each scenario event on the plan's commodity and stage that targets the importer.</remarks>
public sealed class ReplayModel
{
    private readonly List<Distribution> _streams = [];
    private readonly List<string> _streamNames = [];
    private readonly List<MarketReplay> _markets = [];
    private readonly Func<string, string?> _canonical;
    private readonly ScenarioDefinition _scenario;

    private ReplayModel(ReplayPlan plan, ScenarioDefinition scenario, Func<string, string?> canonical)
    {
        _scenario = scenario;
        _canonical = canonical;
        foreach (var market in plan.Markets)
        {
            _markets.Add(Compile(market));
        }
    }

    /// <summary>The scenario's name: the report's scenario set.</summary>
    public string ScenarioName => _scenario.Name;

    /// <summary>The markets' labels, in the plan's order.</summary>
    public IReadOnlyList<string> Labels => _markets.Select(m => m.Label).ToList();

    internal IReadOnlyList<MarketReplay> Markets => _markets;

    internal IReadOnlyList<Distribution> Streams => _streams;

    /// <summary>Compiles <paramref name="plan"/> for replay under <paramref name="scenario"/>.</summary>
    /// <param name="canonicalCommodity">Maps a scenario's commodity name or alias to the catalogue name the plan uses
    /// (null: unknown).</param>
    public static ReplayModel Compile(
        ReplayPlan plan, ScenarioDefinition scenario, Func<string, string?> canonicalCommodity) =>
        new(plan, scenario, canonicalCommodity);

    private MarketReplay Compile(ReplayMarket market)
    {
        int Stream(ParameterSpec spec, string name)
        {
            _streams.Add(spec.Value);
            _streamNames.Add(name + " " + spec.Value.Describe());
            return _streams.Count - 1;
        }

        var events = new List<ReplayDisruption>();
        foreach (var ev in _scenario.Events)
        {
            var targetsImporter = ev.Targets.Count == 0 || ev.Targets.Any(t => t.Code == market.Importer);
            if (ev.Stage != market.Stage || ev.Country.Code == market.Importer || !targetsImporter
                || !ev.Commodities.Any(c => Same(c, market.Commodity)))
            {
                continue;
            }
            var active = market.Quarters.Select(q => InForce(ev, q)).ToList();
            var severity = Stream(ev.Severity, ev.Id + ".severity");
            var approval = Stream(ev.ApprovalRate, ev.Id + ".approval_rate");
            events.Add(new ReplayDisruption(ev.Id, ev.Country.Code, active, severity, approval));
        }

        var projects = new List<ReplayProject>();
        var marketSpec = _scenario.Markets
            .FirstOrDefault(s => s.Stage == market.Stage && Same(s.Commodity, market.Commodity));
        foreach (var project in market.Projects)
        {
            var delay = _scenario.Projects.LastOrDefault(p => p.Id == project.Id)?.DelayMonths
                ?? marketSpec?.Overrides.GetValueOrDefault(ParameterNames.ProjectDelayMonths)
                ?? _scenario.Defaults.GetValueOrDefault(ParameterNames.ProjectDelayMonths);
            projects.Add(new ReplayProject(project, delay is null ? -1 : Stream(delay, project.Id + ".delay_months")));
        }
        return new MarketReplay(market, events, projects);
    }

    private bool Same(string scenarioCommodity, string planCommodity) =>
        string.Equals(_canonical(scenarioCommodity), planCommodity, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the event applies at mid-quarter (the planner's rule for export controls), month granularity as
    /// in the
    /// scenario compiler: in force from the month of <c>from</c> to the month of <c>to</c>, not in a suspension
    /// window.</summary>
    private static bool InForce(EventSpec ev, ReplayQuarter quarter)
    {
        static int Month(PartialDate d, int fallback) => (d.Year * 12) + (d.Month ?? fallback);
        var month = Month(new PartialDate(quarter.Year, quarter.MiddleMonth), 1);
        var from = Month(ev.From, 1);
        var to = ev.To is { } t ? Month(t, 12) : int.MaxValue;
        var suspended = ev.Suspensions.Any(s => month >= Month(s.From, 1) && month <= Month(s.To, 12));
        return month >= from && month <= to && !suspended;
    }

    /// <summary>Every modelling assumption of the replay, in words, in the order a report prints them.</summary>
    public IReadOnlyList<string> Assumptions()
    {
        var list = new List<string>
        {
            $"Scenario {_scenario.Name}: only its events on the plan's commodity and stage that target the importer "
            + "(or all destinations) and its project delays are sampled; its demand, price, substitution and "
            + "spare-capacity responses are not (the plan's volumes stand).",
            "An event applies in a quarter when it is in force and not suspended in the quarter's middle month; "
            + "during it the imposing country's shipments and projects deliver (1 − severity·(1 − approval)) of "
            + "plan; overlapping events take the largest cut. Events on single elements of the commodity are not "
            + "applied (as in the planner).",
            "A backed project's planned output path moves later by its sampled delay, rounded up to whole quarters; "
            + "delays are counted from the plan's start quarter for the project, not the scenario's start.",
            "Stock keeps its origin, as in the planner: one lot per origin, project and the opening stock, every "
            + "unit released counted with its lot's concern content. A source's delivery fills its planned stock "
            + "build first (a cut source builds less); planned releases come first, each from its own lot; then "
            + "lost volume is covered from the stockpile, the concern's lost volume before the rest, from the lots "
            + "of least concern content first.",
            "Lost volume from the supplier of concern beyond the stockpile is shortfall (its own restriction on the "
            + "importer cannot be bought around); other lost volume beyond the stockpile is bought spot and enters "
            + "the share with the spot concern content below.",
            "The cap holds in a run when every capped quarter's concern share (on the plan's basis, origins "
            + $"weighted by concern content as the planner does) is at most the cap + {MarketReplay.Tolerance:0e0} "
            + "(the planner's tolerance); a quarter with nothing sourced counts as holding. Only the "
            + "supplier-of-concern cap is checked (not --every-country rows).",
            "Expected shortfall is the mean over runs of unmet demand summed over the plan's quarters, the plan's "
            + "own shortfall included.",
        };
        list.AddRange(_markets.SelectMany(m => m.Describe(_streamNames)));
        return list;
    }
}
