using Lodestone.Optimization.Model;
using Lodestone.Optimization.Robustness;
using Lodestone.Optimization.Solving;
using Lodestone.Simulation.Replays;
using Lodestone.Simulation.Scenarios;

namespace Lodestone.Robustness;

/// <summary>Replays a solved plan through a scenario's sampled disruptions and project delays: the planner's robustness
/// seam.</summary>
/// <remarks>
/// <para>Inputs drawn per run r: each backed project's delay (the scenario's <c>delay_months</c> for that project id,
/// else the
/// market's or the scenario's <c>project_delay_months</c>; none when the scenario has neither) and the severity and
/// approval
/// rate of each scenario event on the plan's commodity and stage that targets the importer. Draw j of run r is
/// F_j⁻¹(U(h(seed, r), j)) from the simulation's <c>CounterRandom</c>, so a run depends only on (seed, r): the report
/// is identical
/// for a seed whatever the thread count, and whatever ran which block of runs (<see cref="ReplayRunner"/>).</para>
/// <para>The plan is taken into the simulation's terms (<see cref="ReplayPlans"/>) and replayed there (<see
/// cref="ReplayModel"/>):
/// each run replays every quarter of the plan; the cap holds in the
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

    /// <param name="problem">The problem the plan was solved from (origins' concern content, projects, stockpile,
    /// basis).</param>
    /// <param name="scenario">The scenario whose events and delays are sampled.</param>
    /// <param name="canonicalCommodity">Maps a scenario's commodity name or alias to the catalogue name the planner
    /// uses
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
        var model = ReplayModel.Compile(ReplayPlans.From(_problem, plan), _scenario, _canonical);
        var report = ReplayRunner.Run(model, runs, unchecked((ulong)seed), _maxThreads, cancellationToken);
        return new RobustnessReport(runs, seed, report.ProbabilityCapHolds, report.ExpectedShortfallUnits, report.ScenarioSet)
        {
            Assumptions = report.Assumptions,
        };
    }
}
