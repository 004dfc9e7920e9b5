using Lodestone.Optimization.Model;
using Lodestone.Optimization.Solving;
using static Lodestone.Optimization.Tests.Problems;

namespace Lodestone.Optimization.Tests.Solving;

public sealed class PlannerTests
{
    private readonly Planner _planner = new();

    [Fact]
    public void Solve_TwoSupplierLp_MatchesHandSolvedOptimum()
    {
        // Given one quarter, demand 100 t; CHN 10 $/t (up to 100 t), AUS 15 $/t (up to 80 t); CHN ≤ 40 % of supply.
        // By hand: min 10c + 15a s.t. c + a = 100, c ≤ 0.4(c + a), a ≤ 80. China is cheaper, so c sits on the cap:
        // c = 40, a = 60, cost 400 + 900 = 1,300 $. One more percentage point moves 1 t from AUS to CHN and saves
        // 15 − 10 = 5 $, the cap's shadow price per point.
        var problem = Problem(Market(100, 1, [Origin(Chn, 100, 10, 1), Origin(Aus, 80, 15, 1)], cap: 0.4), 1);

        // When
        var result = _planner.Solve(problem);

        // Then
        Assert.Equal(PlanStatus.Optimal, result.Status);
        Assert.Equal("GLOP", result.Solver);
        var q = result.Markets[0].Quarters[0];
        Assert.Equal(40, q.Origins.Single(o => o.Origin == Chn).Total, 6);
        Assert.Equal(60, q.Origins.Single(o => o.Origin == Aus).Total, 6);
        Assert.Equal(1300, result.Cost!.Total!.Value, 6);
        Assert.Equal(0.4, q.DirectShare!.Value, 9);
        var cap = Assert.Single(result.Binding, b => b.Kind == ConstraintKind.Cap);
        Assert.Equal(5, cap.ShadowPrice, 6);
        Assert.Contains("binds in 2027Q1", cap.Explanation);
    }

    [Fact]
    public void Solve_CapInfeasibleUntilProjectStarts_ReportsThatDate()
    {
        // Given demand 100 t a quarter over 2027Q1–Q4, CHN ≤ 50 % from 2027Q1; AUS has 30 t, and project P (AUS)
        // adds 40 t a quarter from 2027Q3 at no investment cost.
        // By hand: the cap needs ≥ 50 t a quarter from outside China. Before 2027Q3 only 30 t exist, so no plan
        // exists; from 2027Q3, 30 + 40 = 70 ≥ 50, so the cap becomes achievable in 2027Q3. The smallest conflict is
        // the 2027Q1 cap against P's lead time (lifting either one alone leaves a feasible plan).
        var project = new ProjectOption("P", "Project P", Aus, 40, new Quarter(2027, 3), 1, 0, 12, 0);
        var problem = Problem(Market(100, 4, [Origin(Chn, 100, 10, 4), Origin(Aus, 30, 15, 4)], [project], cap: 0.5), 4);

        // When
        var result = _planner.Solve(problem);

        // Then
        Assert.Equal(PlanStatus.Infeasible, result.Status);
        var report = result.Infeasibility!;
        var achievable = Assert.Single(report.Achievability);
        Assert.Equal(new Quarter(2027, 3), achievable.EarliestAchievable);
        Assert.Contains("2027Q3", achievable.Explanation);
        var relaxable = report.ConflictingSet.Where(c => c.Relaxable).ToList();
        Assert.Equal(2, relaxable.Count);
        Assert.Contains(relaxable, c => c.Kind == ConstraintKind.Cap && c.Description.Contains("2027Q1", StringComparison.Ordinal));
        Assert.Contains(relaxable, c => c.Kind == ConstraintKind.LeadTime && c.Description.Contains("(P)", StringComparison.Ordinal));
        // The least excess: 100 t demand, 30 t outside China → China 70 t against 50 t allowed, 20 t over in Q1 and Q2.
        Assert.Equal(2, report.Violations.Count);
        Assert.All(report.Violations, v => Assert.Equal(20, v.ExcessUnits, 6));
    }

    [Theory]
    [InlineData(null, "A")]
    [InlineData(400.0, "B")]
    public void Solve_BudgetBetweenTwoProjects_ChoosesTheAffordableOne(double? budget, string expected)
    {
        // Given demand 100 t a quarter for 4 quarters, CHN (10 $/t) capped at 50 %, nothing else but two projects,
        // each 60 t a quarter from 2027Q1: A costs 500 $ and sells at 11 $/t, B costs 300 $ and sells at 14 $/t.
        // By hand: 50 t a quarter must come from a project. A: 500 + 4·50·11 = 2,700 $; B: 300 + 4·50·14 = 3,100 $;
        // both: 800 + 2,200 = 3,000 $ at best. Unconstrained, A wins. A budget of 400 $ rules A out (and both),
        // so the plan must take the cheaper project B.
        var a = new ProjectOption("A", "Project A", Aus, 60, Q1, 1, 500, 11, 0);
        var b = new ProjectOption("B", "Project B", Aus, 60, Q1, 1, 300, 14, 0);
        var problem = Problem(Market(100, 4, [Origin(Chn, 100, 10, 4)], [a, b], cap: 0.5), 4, budget);

        // When
        var result = _planner.Solve(problem);

        // Then
        Assert.Equal(PlanStatus.Optimal, result.Status);
        Assert.Equal("SCIP", result.Solver);
        var backed = Assert.Single(result.Markets[0].Projects, p => p.Invested > 0.5);
        Assert.Equal(expected, backed.Id);
        Assert.Equal(expected == "A" ? 2700 + 2000 : 3100 + 2000, result.Cost!.Total!.Value, 6);
    }

    [Fact]
    public void Solve_StockBuiltBeforeTheCap_IsReleasedAfter()
    {
        // Given demand 100 t in each of 2 quarters, CHN ≤ 50 % from 2027Q2 only, AUS 40 t a quarter, a stockpile of up
        // to 100 t costing 6 $/t a quarter to hold. CHN 10 $/t, AUS 15 $/t.
        // By hand: build x t in Q1 (from China, no cap yet) and release it in Q2. Q2 sources 100 − x, at best half
        // CHN and half AUS (AUS ≤ 40 → x ≥ 20). Cost = 10(100 + x) + 6x + 12.5(100 − x) = 2,250 + 3.5x, least at
        // x = 20: Q1 1,200 + carry 120, Q2 40·10 + 40·15 = 1,000 → 2,320 $.
        var market = Market(100, 2, [Origin(Chn, 200, 10, 2), Origin(Aus, 40, 15, 2)], cap: 0.5, from: new Quarter(2027, 2))
            with { Stockpile = new StockpileOption(0, 100, 6) };
        var result = _planner.Solve(Problem(market, 2));

        Assert.Equal(PlanStatus.Optimal, result.Status);
        var q = result.Markets[0].Quarters;
        Assert.Equal(20, q[0].StockBuild, 6);
        Assert.Equal(20, q[1].StockRelease, 6);
        Assert.Equal(2320, result.Cost!.Total!.Value, 6);
    }

    [Theory]
    [InlineData(false, 1120)]
    [InlineData(true, 1180)]
    public void Solve_CapOnEveryCountry_SpreadsBeyondTheCheapestPartner(bool everyCountry, double expected)
    {
        // Given demand 100 t; CHN 10 $/t, AUS 12 $/t, CAN 15 $/t, each up to 100 t; 40 % cap.
        // By hand, CHN only capped: CHN 40 + AUS 60 = 400 + 720 = 1,120 $. Every country capped at 40 %
        // (CRMA reading): CHN 40, AUS 40, CAN 20 = 400 + 480 + 300 = 1,180 $.
        var can = new Lodestone.Domain.Model.Iso3("CAN");
        var market = Market(100, 1, [Origin(Chn, 100, 10, 1), Origin(Aus, 100, 12, 1), Origin(can, 100, 15, 1)], cap: 0.4)
            with { CapEveryCountry = everyCountry };

        var result = _planner.Solve(Problem(market, 1));

        Assert.Equal(PlanStatus.Optimal, result.Status);
        Assert.Equal(expected, result.Cost!.Total!.Value, 6);
    }
}
