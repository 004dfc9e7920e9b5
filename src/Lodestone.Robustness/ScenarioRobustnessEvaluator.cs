using Lodestone.Domain.Model;
using Lodestone.Optimization.Model;
using Lodestone.Optimization.Robustness;
using Lodestone.Optimization.Solving;
using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Scenarios;

namespace Lodestone.Robustness;

/// <summary>Replays a solved plan through a scenario's sampled disruptions and project delays: the planner's robustness seam.</summary>
/// <remarks>
/// <para>Inputs drawn per run r: each backed project's delay (the scenario's <c>delay_months</c> for that project id, else the
/// market's or the scenario's <c>project_delay_months</c>; none when the scenario has neither) and the severity and approval
/// rate of each scenario event on the plan's commodity and stage that targets the importer. Draw j of run r is
/// F_j⁻¹(U(h(seed, r), j)) from <see cref="CounterRandom"/>, so a run depends only on (seed, r): the report is identical for a
/// seed whatever the thread count.</para>
/// <para>Each run replays every quarter of the plan (see <see cref="MarketReplay"/> for the arithmetic); the cap holds in the
/// run when every capped quarter of every market keeps the concern's share at or under the cap.
/// <see cref="RobustnessReport.ProbabilityCapHolds"/> = runs holding ÷ runs; expected shortfall = mean over runs of the
/// market's unmet demand summed over the horizon (the plan's own shortfall included). Every assumption is listed in
/// <see cref="RobustnessReport.Assumptions"/> and in docs/planner.md ("Robustness").</para>
/// </remarks>
public sealed class ScenarioRobustnessEvaluator : IPlanRobustnessEvaluator
{
    /// <summary>The scenario used when none is named: the one the claim tester credits.</summary>
    public const string DefaultScenario = "announced-partnerships";

    private readonly PlanProblem _problem;
    private readonly ScenarioDefinition _scenario;
    private readonly Func<string, string?> _canonical;
    private readonly int _maxThreads;

    /// <param name="problem">The problem the plan was solved from (origins' concern content, projects, stockpile, basis).</param>
    /// <param name="scenario">The scenario whose events and delays are sampled.</param>
    /// <param name="canonicalCommodity">Maps a scenario's commodity name or alias to the catalogue name the planner uses
    /// (null: unknown); default compares names as written, ignoring case.</param>
    /// <param name="maxThreads">Threads for the runs (−1: all cores); the result does not depend on it.</param>
    public ScenarioRobustnessEvaluator(PlanProblem problem, ScenarioDefinition scenario, Func<string, string?>? canonicalCommodity = null, int maxThreads = -1)
    {
        _problem = problem;
        _scenario = scenario;
        _canonical = canonicalCommodity ?? (name => name);
        _maxThreads = maxThreads;
    }

    public RobustnessReport Evaluate(PlanResult plan, int runs, int seed, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        if (!plan.IsFeasible)
        {
            throw new ArgumentException("only a feasible plan can be replayed", nameof(plan));
        }
        var streams = new List<Distribution>();
        var streamNames = new List<string>();
        var markets = new List<MarketReplay>();
        for (var i = 0; i < plan.Markets.Count; i++)
        {
            markets.Add(Compile(_problem.Markets[i], plan.Markets[i], streams, streamNames));
        }

        var holds = new bool[runs];
        var shortfall = new double[runs, markets.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = _maxThreads };
        Parallel.For(0, runs, options, r =>
        {
            var draws = new double[streams.Count];
            var runSeed = CounterRandom.RunSeed(unchecked((ulong)seed), r);
            for (var j = 0; j < streams.Count; j++)
            {
                draws[j] = streams[j].IsFixed ? streams[j].InverseCdf(0.5) : streams[j].InverseCdf(CounterRandom.Uniform(runSeed, j));
            }
            var all = true;
            for (var m = 0; m < markets.Count; m++)
            {
                var (held, units) = markets[m].Run(draws);
                all &= held;
                shortfall[r, m] = units;
            }
            holds[r] = all;
        });

        // Sums in run order, so the figures do not depend on which thread ran which run.
        var expected = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var m = 0; m < markets.Count; m++)
        {
            double sum = 0;
            for (var r = 0; r < runs; r++)
            {
                sum += shortfall[r, m];
            }
            expected[markets[m].Label] = sum / runs;
        }
        return new RobustnessReport(runs, seed, holds.Count(h => h) / (double)runs, expected, _scenario.Name)
        {
            Assumptions = Assumptions(markets, streamNames),
        };
    }

    private MarketReplay Compile(PlanMarket market, MarketPlan plan, List<Distribution> streams, List<string> names)
    {
        if (market.Commodity != plan.Commodity || market.Stage != plan.Stage)
        {
            throw new ArgumentException($"plan market {plan.Commodity}/{plan.Stage} does not match problem market {market.Label}");
        }
        int Stream(ParameterSpec spec, string name)
        {
            streams.Add(spec.Value);
            names.Add(name + " " + spec.Value.Describe());
            return streams.Count - 1;
        }

        var events = new List<ReplayDisruption>();
        foreach (var ev in _scenario.Events)
        {
            var targetsImporter = ev.Targets.Count == 0 || ev.Targets.Contains(market.Importer);
            if (ev.Stage != market.Stage || ev.Country == market.Importer || !targetsImporter || !ev.Commodities.Any(c => Same(c, market.Commodity)))
            {
                continue;
            }
            var active = plan.Quarters.Select(q => InForce(ev, q.Quarter)).ToList();
            events.Add(new ReplayDisruption(ev.Id, ev.Country, active, Stream(ev.Severity, ev.Id + ".severity"), Stream(ev.ApprovalRate, ev.Id + ".approval_rate")));
        }

        var projects = new List<ReplayProject>();
        var marketSpec = _scenario.Markets.FirstOrDefault(s => s.Stage == market.Stage && Same(s.Commodity, market.Commodity));
        foreach (var decision in plan.Projects.Where(d => d.Invested > 0))
        {
            var option = market.Projects.First(p => p.Id == decision.Id);
            var output = plan.Quarters.Select(q => q.ProjectOutput.GetValueOrDefault(decision.Id)).ToList();
            var delay = _scenario.Projects.LastOrDefault(p => p.Id == decision.Id)?.DelayMonths
                ?? marketSpec?.Overrides.GetValueOrDefault(ParameterNames.ProjectDelayMonths)
                ?? _scenario.Defaults.GetValueOrDefault(ParameterNames.ProjectDelayMonths);
            projects.Add(new ReplayProject(decision.Id, option.Country, output, option.ConcernContent, market.Counts(option.Country),
                delay is null ? -1 : Stream(delay, decision.Id + ".delay_months")));
        }
        return new MarketReplay(market, plan, events, projects, MarketReplay.SpotContentOf(market));
    }

    private bool Same(string scenarioCommodity, string planCommodity) =>
        string.Equals(_canonical(scenarioCommodity), planCommodity, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the event applies at mid-quarter (the planner's rule for export controls), month granularity as in the
    /// scenario compiler: in force from the month of <c>from</c> to the month of <c>to</c>, not in a suspension window.</summary>
    private static bool InForce(EventSpec ev, Quarter quarter)
    {
        static int Month(PartialDate d, int fallback) => (d.Year * 12) + (d.Month ?? fallback);
        var month = Month(new PartialDate(quarter.Middle.Year, quarter.Middle.Month), 1);
        var from = Month(ev.From, 1);
        var to = ev.To is { } t ? Month(t, 12) : int.MaxValue;
        var suspended = ev.Suspensions.Any(s => month >= Month(s.From, 1) && month <= Month(s.To, 12));
        return month >= from && month <= to && !suspended;
    }

    private List<string> Assumptions(IReadOnlyList<MarketReplay> markets, IReadOnlyList<string> streamNames)
    {
        var list = new List<string>
        {
            $"Scenario {_scenario.Name}: only its events on the plan's commodity and stage that target the importer (or all destinations) and its project delays are sampled; its demand, price, substitution and spare-capacity responses are not (the plan's volumes stand).",
            "An event applies in a quarter when it is in force and not suspended in the quarter's middle month; during it the imposing country's shipments and projects deliver (1 − severity·(1 − approval)) of plan; overlapping events take the largest cut. Events on single elements of the commodity are not applied (as in the planner).",
            "A backed project's planned output path moves later by its sampled delay, rounded up to whole quarters; delays are counted from the plan's start quarter for the project, not the scenario's start.",
            "Stock keeps its origin, as in the planner: one lot per origin, project and the opening stock, every unit released counted with its lot's concern content. A source's delivery fills its planned stock build first (a cut source builds less); planned releases come first, each from its own lot; then lost volume is covered from the stockpile, the concern's lost volume before the rest, from the lots of least concern content first.",
            "Lost volume from the supplier of concern beyond the stockpile is shortfall (its own restriction on the importer cannot be bought around); other lost volume beyond the stockpile is bought spot and enters the share with the spot concern content below.",
            $"The cap holds in a run when every capped quarter's concern share (on the plan's basis, origins weighted by concern content as the planner does) is at most the cap + {MarketReplay.Tolerance:0e0} (the planner's tolerance); a quarter with nothing sourced counts as holding. Only the supplier-of-concern cap is checked (not --every-country rows).",
            "Expected shortfall is the mean over runs of unmet demand summed over the plan's quarters, the plan's own shortfall included.",
        };
        list.AddRange(markets.SelectMany(m => m.Describe(streamNames)));
        return list;
    }
}
