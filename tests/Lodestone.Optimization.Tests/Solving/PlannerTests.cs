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
    public void Solve_StockBuiltBeforeTheCap_KeepsItsOrigin()
    {
        // Given demand 100 t in each of 2 quarters, CHN ≤ 50 % from 2027Q2 only, AUS 40 t a quarter, a stockpile of up
        // to 100 t costing 6 $/t a quarter to hold. CHN 10 $/t (200 t a quarter), AUS 15 $/t.
        // By hand: in 2027Q2 at least 50 of the 100 t consumed must be non-Chinese, and AUS ships at most 40 t then, so at
        // least 10 t of Australian material must be bought in 2027Q1 and carried over. Chinese stock released in 2027Q2 would
        // count as Chinese, so it does not help. Least cost: Q1 CHN 100 + AUS 10 into stock = 1,000 + 150, carry 10·6 = 60;
        // Q2 CHN 50 + AUS 40 + 10 released = 500 + 600 → 2,310 $. (Counting a release as non-sourcing, the old rule, bought
        // 20 t of Chinese stock instead: 2,320 $.)
        var market = Market(100, 2, [Origin(Chn, 200, 10, 2), Origin(Aus, 40, 15, 2)], cap: 0.5, from: new Quarter(2027, 2))
            with
        { Stockpile = new StockpileOption(0, 100, 6) };

        // When
        var result = _planner.Solve(Problem(market, 2));

        // Then
        Assert.Equal(PlanStatus.Optimal, result.Status);
        var q = result.Markets[0].Quarters;
        var built = Assert.Single(q[0].Lots);
        Assert.Equal(Aus, built.Country);
        Assert.Equal(10, built.Build, 6);
        var released = Assert.Single(q[1].Lots);
        Assert.Equal(Aus, released.Country);
        Assert.Equal(10, released.Release, 6);
        Assert.Equal(0.5, q[1].EffectiveShare!.Value, 6);
        Assert.Equal(2310, result.Cost!.Total!.Value, 6);
    }

    [Fact]
    public void Solve_CapMetOnlyByReleasingChineseStock_IsInfeasible()
    {
        // Given demand 100 t in each of 2 quarters, CHN ≤ 50 % from 2027Q2; CHN ships 200 t a quarter; AUS ships nothing in
        // 2027Q1 and 40 t in 2027Q2; a stockpile of up to 100 t.
        // By hand: in 2027Q2 at most 40 t of non-Chinese material exist (no Australian stock can be bought in Q1), so China
        // supplies at least 60 of the 100 t consumed: 60 > 50. The only way to "meet" the cap would be to buy Chinese in Q1
        // and release it in Q2 as if it were not Chinese (stock laundering). No plan exists; the least excess is
        // 60 − 0.5·100 = 10 t in 2027Q2.
        var aus = new SourceOrigin(Aus, "AUS", [0, 40], [0, 0], 15, 0, 0, 0, []);
        var market = Market(100, 2, [Origin(Chn, 200, 10, 2), aus], cap: 0.5, from: new Quarter(2027, 2))
            with
        { Stockpile = new StockpileOption(0, 100, 6) };

        // When
        var result = _planner.Solve(Problem(market, 2));

        // Then
        Assert.Equal(PlanStatus.Infeasible, result.Status);
        var violation = Assert.Single(result.Infeasibility!.Violations);
        Assert.Equal(new Quarter(2027, 2), violation.Quarter);
        Assert.Equal(10, violation.ExcessUnits, 6);
    }

    [Fact]
    public void Solve_CapMetOnlyByReleasingChineseStockWithShortfallPenalty_LeavesDemandUnmet()
    {
        // Given the same market with unmet demand allowed at 1,000 $/t.
        // By hand: in 2027Q2 China may supply no more than the 40 t of Australian material, so 80 t are consumed and 20 t
        // are unmet; Chinese stock would count as Chinese, so none is built. Cost: Q1 CHN 100·10 = 1,000; Q2 CHN 40·10 +
        // AUS 40·15 = 1,000; shortfall 20·1,000 = 20,000 → 22,000 $.
        var aus = new SourceOrigin(Aus, "AUS", [0, 40], [0, 0], 15, 0, 0, 0, []);
        var market = Market(100, 2, [Origin(Chn, 200, 10, 2), aus], cap: 0.5, from: new Quarter(2027, 2))
            with
        { Stockpile = new StockpileOption(0, 100, 6), ShortfallPenaltyUsdPerUnit = 1000 };

        // When
        var result = _planner.Solve(Problem(market, 2));

        // Then
        Assert.Equal(PlanStatus.Optimal, result.Status);
        var q = result.Markets[0].Quarters;
        Assert.Equal(0, q[0].StockBuild, 6);
        Assert.Equal(20, q[1].Shortfall, 6);
        Assert.Equal(22000, result.Cost!.Total!.Value, 6);
    }

    [Theory]
    // Opening stock of unknown origin counts as Chinese (the high bound): releasing it uses up China's half, so AUS
    // supplies 50 t: 50·15 = 750 $.
    [InlineData(1.0, 750)]
    // Opening stock stated to be non-Chinese: 50 t released + 50 t Chinese = 500 $.
    [InlineData(0.0, 500)]
    public void Solve_OpeningStock_CountsWithItsStatedContent(double content, double expected)
    {
        // Given one quarter, demand 100 t, CHN ≤ 50 %; CHN 10 $/t and AUS 15 $/t, 100 t each; 50 t in stock at no carrying cost.
        var market = Market(100, 1, [Origin(Chn, 100, 10, 1), Origin(Aus, 100, 15, 1)], cap: 0.5)
            with
        { Stockpile = new StockpileOption(50, 50, 0, content) };

        // When
        var result = _planner.Solve(Problem(market, 1));

        // Then
        Assert.Equal(PlanStatus.Optimal, result.Status);
        Assert.Equal(expected, result.Cost!.Total!.Value, 6);
        Assert.Equal(0.5, result.Markets[0].Quarters[0].EffectiveShare!.Value, 6);
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
            with
        { CapEveryCountry = everyCountry };

        var result = _planner.Solve(Problem(market, 1));

        Assert.Equal(PlanStatus.Optimal, result.Status);
        Assert.Equal(expected, result.Cost!.Total!.Value, 6);
    }
}
