using Lodestone.Optimization.Robustness;
using Lodestone.Simulation.Scenarios;
using static Lodestone.Robustness.Tests.RobustnessFixture;

namespace Lodestone.Robustness.Tests;

public sealed class ScenarioRobustnessEvaluatorTests
{
    private const string Label = "gallium (refining)";

    private static RobustnessReport Evaluate(ScenarioDefinition scenario, int runs = 100, int seed = 1, double stockpile = 0, int threads = -1) =>
        new ScenarioRobustnessEvaluator(Problem(stockpile), scenario, maxThreads: threads).Evaluate(Plan(stockpile), runs, seed, CancellationToken.None);

    [Fact]
    public void Evaluate_NoDisruptionApplies_CapHoldsInEveryRun()
    {
        // Given: a germanium ban (another commodity), an AUS ban from 2028 (after the horizon) and no delay for P1
        var scenario = Scenario(
            events: [Ban("CHN", "2027-01", "2027-12", commodity: "germanium"), Ban("AUS", "2028-01", "2028-12")],
            projects: [Project("{value: 0, assumption: t}")]);

        // When
        var report = Evaluate(scenario);

        // Then: the plan replays unchanged, share 100/200 = 0.5 ≤ cap 0.5 in 2027Q2; nothing unmet
        Assert.Equal(1.0, report.ProbabilityCapHolds);
        Assert.Equal(0.0, report.ExpectedShortfallUnits[Label]);
        Assert.Equal("test", report.ScenarioSet);
        Assert.Equal(100, report.Runs);
    }

    [Fact]
    public void Evaluate_NonConcernProjectCertainlyDelayedPastCappedQuarter_CapFailsInEveryRun()
    {
        // Given: P1 slips 6 months = 2 quarters, so its first output moves from 2027Q1 to 2027Q3, after the horizon
        var scenario = Scenario(projects: [Project("{value: 6, assumption: t}")]);

        // When
        var report = Evaluate(scenario);

        // Then: in 2027Q2 the lost 50 t are bought spot at 0.6 CHN content:
        // share = (100 + 0.6·50) / (100 + 50 + 50) = 130/200 = 0.65 > 0.5 in every run; spot covers all, no shortfall
        Assert.Equal(0.0, report.ProbabilityCapHolds);
        Assert.Equal(0.0, report.ExpectedShortfallUnits[Label]);
    }

    [Fact]
    public void Evaluate_DelayOfOneQuarter_ProjectStillDeliversInCappedQuarter()
    {
        // Given: P1 slips 3 months = 1 quarter: its planned 2027Q1 output arrives in 2027Q2
        var scenario = Scenario(projects: [Project("{value: 3, assumption: t}")]);

        // When
        var report = Evaluate(scenario);

        // Then: 2027Q2 delivers min(50, 50) = 50 from P1, share 100/200 = 0.5 (2027Q1 loses 50 but is not capped)
        Assert.Equal(1.0, report.ProbabilityCapHolds);
    }

    [Fact]
    public void Evaluate_FullBanOnNonConcernOriginInCappedQuarter_CapFailsAndSpotCoversTheLoss()
    {
        // Given: AUS bans exports to the USA in April–June 2027 (2027Q2, judged at 2027-05), severity 1, approval 0
        var scenario = Scenario(events: [Ban("AUS", "2027-04", "2027-06")], projects: [Project("{value: 0, assumption: t}")]);

        // When
        var report = Evaluate(scenario);

        // Then: AUS's 50 t are replaced spot at 0.6: share = (100 + 30) / 200 = 0.65 > 0.5
        Assert.Equal(0.0, report.ProbabilityCapHolds);
        Assert.Equal(0.0, report.ExpectedShortfallUnits[Label]);
    }

    [Fact]
    public void Evaluate_FullBanByConcernOnImporter_LossIsShortfallNotSpot()
    {
        // Given: CHN bans exports to the USA in 2027Q2, severity 1, approval 0; no stockpile
        var scenario = Scenario(events: [Ban("CHN", "2027-04", "2027-06")], projects: [Project("{value: 0, assumption: t}")]);

        // When
        var report = Evaluate(scenario);

        // Then: CHN's 100 t are unmet (the concern's own ban cannot be bought around); share = 0 / (50 + 50) = 0 ≤ 0.5
        Assert.Equal(1.0, report.ProbabilityCapHolds);
        Assert.Equal(100.0, report.ExpectedShortfallUnits[Label], 9);
    }

    [Fact]
    public void Evaluate_ConcernBanWithStockpile_StockCoversPartOfTheLoss()
    {
        // Given: the same CHN ban at severity 1 with approval 0.5 (cut 0.5 = 50 t) and 30 t in stock
        var scenario = Scenario(events: [Ban("CHN", "2027-04", "2027-06", approval: "{value: 0.5, source: test}")], projects: [Project("{value: 0, assumption: t}")]);

        // When
        var report = Evaluate(scenario, stockpile: 30);

        // Then: 50 t lost, 30 t from stock, 20 t unmet; the opening stock's origin is not stated, so it counts as Chinese
        // (the high bound): share = (50 + 30) / (50 + 30 + 50 + 50) = 0.444 ≤ 0.5
        Assert.Equal(1.0, report.ProbabilityCapHolds);
        Assert.Equal(20.0, report.ExpectedShortfallUnits[Label], 9);
    }

    [Theory]
    // Chinese material bought before the cap and released after it is still Chinese: 0.6 > 0.5 in every run.
    [InlineData("CHN", 0.0)]
    // Australian material carried over lowers the share: 0.4 ≤ 0.5 in every run.
    [InlineData("AUS", 1.0)]
    public void Evaluate_ReleaseFromALot_CountsWithTheLotsOrigin(string origin, double expected)
    {
        // Given: no disruption and no delay; the plan carries a 40 t lot of the origin from 2027Q1 into 2027Q2
        var scenario = Scenario(projects: [Project("{value: 0, assumption: t}")]);
        var (problem, plan) = PlanWithLot(new Lodestone.Domain.Model.Iso3(origin));

        // When
        var report = new ScenarioRobustnessEvaluator(problem, scenario).Evaluate(plan, 50, 1, CancellationToken.None);

        // Then
        Assert.Equal(expected, report.ProbabilityCapHolds);
        Assert.Equal(0.0, report.ExpectedShortfallUnits[Label]);
    }

    [Fact]
    public void Evaluate_SameSeed_IdenticalReportWhateverTheThreadCount()
    {
        // Given: uncertain delay and ban severity
        var scenario = Scenario(
            events: [Ban("CHN", "2027-01", "2027-06", severity: "{uniform: [0, 1], assumption: t}", approval: "{uniform: [0, 0.5], assumption: t}")],
            projects: [Project("{uniform: [0, 6], assumption: t}")]);

        // When: the same seed on one thread and on two
        var one = Evaluate(scenario, runs: 3000, seed: 42, stockpile: 20, threads: 1);
        var two = Evaluate(scenario, runs: 3000, seed: 42, stockpile: 20, threads: 2);
        var other = Evaluate(scenario, runs: 3000, seed: 43, stockpile: 20, threads: 2);

        // Then: bit-identical figures; another seed gives another sample
        Assert.Equal(one.ProbabilityCapHolds, two.ProbabilityCapHolds);
        Assert.Equal(one.ExpectedShortfallUnits[Label], two.ExpectedShortfallUnits[Label]);
        Assert.Equal(one.Assumptions, two.Assumptions);
        Assert.NotEqual(one.ExpectedShortfallUnits[Label], other.ExpectedShortfallUnits[Label]);
    }

    [Fact]
    public void Evaluate_UniformDelay_ProbabilityIsTheChanceOfSlippingAtMostOneQuarter()
    {
        // Given: P1's delay uniform on [0, 6] months. ⌈d/3⌉ = 1 quarter for d ≤ 3 (P1 still delivers its planned 2027Q1
        // output in 2027Q2, share 0.5, holds) and 2 quarters for d > 3 (nothing in 2027Q2, share 0.65, fails): P = 3/6 = 0.5
        var scenario = Scenario(projects: [Project("{uniform: [0, 6], assumption: t}")]);

        // When: 10,000 runs
        var report = Evaluate(scenario, runs: 10_000, seed: 5);

        // Then: the standard error is √(0.5·0.5/10,000) = 0.005; 0.02 is four of them
        Assert.InRange(report.ProbabilityCapHolds, 0.48, 0.52);
    }

    [Fact]
    public void Evaluate_ProjectNotInScenario_TakesTheDefaultDelay()
    {
        // Given: the scenario does not list P1 but its default project delay is a fixed 6 months (2 quarters)
        var scenario = Scenario(defaults: "project_delay_months: {value: 6, assumption: t}");

        // When
        var report = Evaluate(scenario);

        // Then: as in the certain-delay case, share 0.65 in 2027Q2
        Assert.Equal(0.0, report.ProbabilityCapHolds);
        Assert.Contains(report.Assumptions, a => a.Contains("P1 slips by P1.delay_months 6", StringComparison.Ordinal));
    }
}
