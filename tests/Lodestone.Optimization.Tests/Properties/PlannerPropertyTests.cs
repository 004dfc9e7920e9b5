using CsCheck;
using Lodestone.Optimization.Solving;
using Verdict = Lodestone.Optimization.Tests.Properties.GeneratedPlanProblem.Verdict;

namespace Lodestone.Optimization.Tests.Properties;

/// <summary>The planner's invariants on generated instances: a plan it returns meets every constraint it was given
/// (capacities, demand, the cap where it applies, project ramps, the budget, whole backing), checked against the
/// problem by hand, not by the solver's own rows; and an instance the hand judge finds infeasible is reported
/// infeasible (a feasible one never is).</summary>
public sealed class PlannerPropertyTests
{
    /// <summary>Slack allowed for the solver's floating point (GLOP's and SCIP's feasibility tolerances are 1e-7 and
    /// 1e-6).</summary>
    private const double Slack = 1e-5;

    [Fact]
    public void Solve_GeneratedProblems_PlansMeetEveryConstraintAndInfeasibleOnesAreReported()
    {
        var planner = new Planner();
        int feasible = 0, infeasible = 0;

        Gen.Int[0, int.MaxValue].Select(GeneratedPlanProblem.Generate).Sample(generated =>
        {
            var result = planner.Solve(generated.Problem, new PlannerOptions(TimeSpan.FromSeconds(20), Explain: false));
            var verdict = generated.Judge();
            if (result.IsFeasible)
            {
                Assert.NotEqual(Verdict.Infeasible, verdict);
                MeetsEveryConstraint(generated, Assert.Single(result.Markets));
                Interlocked.Increment(ref feasible);
            }
            else
            {
                Assert.Equal(PlanStatus.Infeasible, result.Status);
                Assert.NotEqual(Verdict.Feasible, verdict);
                Interlocked.Increment(ref infeasible);
            }
        }, iter: 200, print: g => g.ToString());

        Assert.True(feasible > 0 && infeasible > 0, $"{feasible} feasible, {infeasible} infeasible");
    }

    private static void MeetsEveryConstraint(GeneratedPlanProblem generated, MarketPlan plan)
    {
        var (problem, market) = (generated.Problem, generated.Market);
        var invested = plan.Projects.ToDictionary(p => p.Id, p => p.Invested, StringComparer.Ordinal);
        foreach (var project in market.Projects)
        {
            Assert.InRange(invested[project.Id], -Slack, 1 + Slack);
            var whole = Math.Abs(invested[project.Id] - Math.Round(invested[project.Id])) < Slack;
            Assert.True(!problem.IntegerProjects || whole, "backing not whole");
        }
        var spent = market.Projects.Sum(p => invested[p.Id] * p.InvestmentUsd);
        var withinBudget = problem.BudgetUsd is not { } budget || spent <= (budget * (1 + 1e-9)) + Slack;
        Assert.True(withinBudget, $"spent {spent} over the budget");
        for (var t = 0; t < problem.QuarterCount; t++)
        {
            var q = plan.Quarters[t];
            double supplied = 0, concern = 0;
            foreach (var origin in market.Origins)
            {
                var bought = q.Origins.FirstOrDefault(o => o.Origin == origin.Code);
                var (baseline, offtake) = (bought?.Baseline ?? 0, bought?.Offtake ?? 0);
                Assert.InRange(baseline, -Slack, origin.BaselineCapacity[t] + Slack);
                Assert.InRange(offtake, -Slack, origin.OfftakeCapacity[t] + Slack);
                supplied += baseline + offtake;
                concern += origin.ConcernContent * (baseline + offtake);
            }
            foreach (var project in market.Projects)
            {
                var made = q.ProjectOutput.GetValueOrDefault(project.Id);
                var most = project.CapacityPerQuarter * project.RampFactor(q.Quarter) * invested[project.Id];
                Assert.InRange(made, -Slack, most + Slack);
                supplied += made;
                concern += project.ConcernContent * made;
            }
            var demand = market.Demand[t];
            var balanced = Math.Abs(supplied + q.Shortfall - demand) <= Slack * Math.Max(1, demand);
            Assert.True(balanced, $"{q.Quarter}: {supplied} + {q.Shortfall} vs {demand}");
            var hard = market.ShortfallPenaltyUsdPerUnit is null;
            Assert.True(!hard || q.Shortfall <= Slack, $"{q.Quarter}: shortfall {q.Shortfall} with hard demand");
            if (market.Cap is { } cap && q.Quarter >= market.CapFrom)
            {
                var under = concern <= (cap * supplied) + (Slack * Math.Max(1, supplied));
                Assert.True(under, $"{q.Quarter}: concern {concern} of {supplied} over cap {cap}");
            }
        }
    }
}
