using System.Diagnostics;
using Google.OrTools.LinearSolver;
using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Solving;

/// <summary>Finds the least-cost plan that keeps each market's supplier of concern under its cap, and explains it.</summary>
/// <remarks>
/// LP with GLOP when project backing is fractional; MILP with SCIP when projects are all-or-nothing. Shadow prices
/// of an integer plan come from the LP with the investment choices fixed at their optimal values (the usual
/// post-MILP pricing). When no plan exists, <see cref="InfeasibilityAnalyzer"/> finds a smallest conflicting set
/// and the earliest date each cap becomes achievable.
/// </remarks>
public sealed class Planner
{
    private const double Tolerance = 1e-6;

    /// <summary>Solves <paramref name="problem"/>: the least-cost plan per quarter, with binding constraints and shadow prices, or,
    /// when none exists, the conflicting set and the earliest date each cap is achievable.</summary>
    /// <param name="notes">Notes of the problem's building, carried into the result.</param>
    public PlanResult Solve(PlanProblem problem, PlannerOptions? options = null, IReadOnlyList<string>? notes = null, CancellationToken cancellationToken = default)
    {
        options ??= new PlannerOptions();
        notes ??= [];
        var clock = Stopwatch.StartNew();
        using var model = PlanModel.Build(problem, Relaxation.None);
        var status = model.Solve(options.Limit);
        clock.Stop();
        var solverName = model.IsInteger ? "SCIP" : "GLOP";
        if (status is not (Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE))
        {
            var planStatus = status == Solver.ResultStatus.INFEASIBLE ? PlanStatus.Infeasible : PlanStatus.Unknown;
            var report = planStatus == PlanStatus.Infeasible && options.Explain
                ? new InfeasibilityAnalyzer(problem, options.Limit).Analyse(cancellationToken)
                : null;
            return new PlanResult(planStatus, solverName, problem.Start, problem.QuarterCount, [], null, null, [], report, null, notes, clock.Elapsed)
            {
                Summary = report?.Explanation ?? (planStatus == PlanStatus.Infeasible ? "No plan meets every constraint." : "The solver stopped without an answer (status " + status + ")."),
            };
        }

        var markets = ResultExtractor.Markets(model);
        var cost = ResultExtractor.Cost(model);
        IReadOnlyList<BindingConstraint> binding = [];
        if (options.Explain)
        {
            binding = model.IsInteger
                ? PriceFixed(problem, markets, options)
                : BindingAnalyzer.Analyse(model, markets);
        }
        var result = new PlanResult(
            status == Solver.ResultStatus.OPTIMAL ? PlanStatus.Optimal : PlanStatus.Feasible,
            solverName, problem.Start, problem.QuarterCount, markets, model.Solver.Objective().Value(), cost, binding, null, null, notes, clock.Elapsed);
        result = result with { Summary = Summaries.Feasible(problem, result) };
        if (options.Robustness is { } evaluator)
        {
            result = result with { Robustness = evaluator.Evaluate(result, options.RobustnessRuns, options.RobustnessSeed, cancellationToken) };
        }
        return result;
    }

    private static IReadOnlyList<BindingConstraint> PriceFixed(PlanProblem problem, IReadOnlyList<MarketPlan> markets, PlannerOptions options)
    {
        var pinned = markets.SelectMany(m => m.Projects).ToDictionary(p => p.Id, p => Math.Round(p.Invested), StringComparer.Ordinal);
        using var lp = PlanModel.Build(problem, Relaxation.None, pinned);
        var status = lp.Solve(options.Limit);
        return status == Solver.ResultStatus.OPTIMAL ? BindingAnalyzer.Analyse(lp, markets) : [];
    }

    internal static bool IsPositive(double value) => value > Tolerance;
}
