using Lodestone.Optimization.Model;
using Lodestone.Optimization.Solving;

namespace Lodestone.Optimization.Frontier;

/// <summary>The cost–dependence efficient frontier: least cost as a function of the cap.</summary>
/// <remarks>
/// Re-solves the problem with every market's cap set to each value of the grid (1.0, 0.95, … down to the lowest
/// feasible), without the explanation pass. Cost is the money spent (the risk term excluded). Least cost is
/// non-increasing in the cap: a looser cap only removes constraints.
/// </remarks>
public static class FrontierCalculator
{
    /// <summary>Least cost at each cap of <paramref name="caps"/> (default 1.0 down to 0 in steps of 0.05), infeasible caps marked.</summary>
    /// <param name="limit">Wall-clock limit per solve (default the planner's 60 s).</param>
    public static IReadOnlyList<FrontierPoint> Compute(PlanProblem problem, IReadOnlyList<double>? caps = null, TimeSpan? limit = null, CancellationToken cancellationToken = default)
    {
        caps ??= Enumerable.Range(0, 21).Select(i => 1.0 - (i * 0.05)).ToList();
        var planner = new Planner();
        var points = new List<FrontierPoint>();
        foreach (var cap in caps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var capped = problem with { Markets = problem.Markets.Select(m => m with { Cap = Math.Round(cap, 6) }).ToList() };
            var result = planner.Solve(capped, new PlannerOptions(limit, Explain: false), cancellationToken: cancellationToken);
            points.Add(new FrontierPoint(cap, result.IsFeasible ? result.Cost?.Total : null, result.IsFeasible));
        }
        return points;
    }
}
