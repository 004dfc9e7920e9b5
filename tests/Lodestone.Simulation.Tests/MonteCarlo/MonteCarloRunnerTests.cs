using System.Text.Json;
using CsCheck;
using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Tests.Engine;

namespace Lodestone.Simulation.Tests.MonteCarlo;

public class MonteCarloRunnerTests
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    [Fact]
    public void Run_SameSeedOneAndTwoThreads_IdenticalJson()
    {
        // Given the ban scenario (distributions everywhere), 200 runs in blocks of 32 so both threads get several blocks
        var model = ScenarioFixture.Compile("china-2024-12-us-ban-ga-ge-sb");

        // When run with one thread and with two
        var one = MonteCarloRunner.Run(model, new MonteCarloOptions(200, 42, MaxThreads: 1, BlockSize: 32));
        var two = MonteCarloRunner.Run(model, new MonteCarloOptions(200, 42, MaxThreads: 2, BlockSize: 32));

        // Then the JSON reports are identical byte for byte
        Assert.Equal(JsonSerializer.Serialize(SimulationReport.From(one), Json), JsonSerializer.Serialize(SimulationReport.From(two), Json));
    }

    [Fact]
    public void Run_DifferentSeeds_DifferentDraws()
    {
        // Given the same model and two seeds
        var model = ScenarioFixture.Compile("china-2024-12-us-ban-ga-ge-sb");

        // When
        var a = MonteCarloRunner.Run(model, new MonteCarloOptions(64, 1));
        var b = MonteCarloRunner.Run(model, new MonteCarloOptions(64, 2));

        // Then some mean differs (the parameters are distributions)
        Assert.NotEqual(a.Months.Select(m => m.Mean), b.Months.Select(m => m.Mean));
    }

    [Fact]
    public void Run_QuantilesOfUniformParameter_ConvergeToInverseCdf()
    {
        // Given NIR ~ Uniform(lo, lo + w) and China 100 % of imports, the concern share of flows equals NIR in every month,
        // so its P5/P50/P95 must approach lo + w·{0.05, 0.5, 0.95}. Tolerance: 4 standard errors of a quantile
        // (√(q(1 − q)/n)/f with f = 1/w) plus one histogram bin (0.001).
        Gen.Select(Gen.Double[0, 0.5], Gen.Double[0.1, 0.5], Gen.ULong).Sample((lo, width, seed) =>
        {
            var model = new TestModel { Horizon = 2 }.Import("CHN", 1).Build();
            var parameters = model.Parameters.ToList();
            parameters[model.Markets[0].Parameters.NetImportReliance] = new Parameter("nir", new Uniform(lo, lo + width), "test", true);
            model = model with { Parameters = parameters };
            const int runs = 2000;
            var result = MonteCarloRunner.Run(model, new MonteCarloOptions(runs, seed));
            var q = result.Find("gallium", "refining", "concern_share", 1)!;
            foreach (var (p, value) in new[] { (0.05, q.P5), (0.5, q.P50), (0.95, q.P95) })
            {
                var tolerance = 4 * Math.Sqrt(p * (1 - p) / runs) * width + 0.001;
                if (Math.Abs(value - (lo + p * width)) > tolerance)
                {
                    throw new InvalidOperationException($"q{p}: {value} vs {lo + p * width} (±{tolerance})");
                }
            }
        }, iter: 25);
    }

    [Fact]
    public void Run_PredicateOnUniformShare_ProbabilityNearHalf()
    {
        // Given concern share = NIR ~ Uniform(0, 1), P(share < 0.5) = 0.5; with 4,000 runs the standard error is 0.0079
        var model = new TestModel { Horizon = 1 }.Import("CHN", 1).Build();
        var parameters = model.Parameters.ToList();
        parameters[model.Markets[0].Parameters.NetImportReliance] = new Parameter("nir", new Uniform(0, 1), "test", true);
        model = model with { Parameters = parameters, Predicates = [new Predicate("half", 0, Metric.ConcernShare, 1, "<", 0.5)] };

        // When
        var result = MonteCarloRunner.Run(model, new MonteCarloOptions(4000, 7));

        // Then within 4 standard errors
        Assert.InRange(result.Probabilities[0].P, 0.5 - 0.032, 0.5 + 0.032);
    }

    [Theory]
    // Why: 0.25·0.75/300 = 0.000625, whose root is 0.025 exactly.
    [InlineData(0.25, 300, 0.025)]
    // Why: at p = 0.5 the error is largest: √(0.25/10,000) = 0.005.
    [InlineData(0.5, 10_000, 0.005)]
    // Why: when every run agrees the binomial error is 0 (the CLI then says "no run disagreed", not certainty).
    [InlineData(1.0, 2_000, 0.0)]
    public void StandardErrorOf_HandWorkedProportions_MatchesBinomialFormula(double p, int runs, double expected)
    {
        // When / Then
        Assert.Equal(expected, PredicateProbability.StandardErrorOf(p, runs), 12);
    }

    [Fact]
    public void Run_PredicateOnUniformShare_ReportsStandardErrorAndCoversTruth()
    {
        // Given concern share = NIR ~ Uniform(0, 1) and the predicate share < 0.25, whose true probability is 0.25;
        // with 3,000 runs its standard error is √(0.25·0.75/3000) = 0.0079
        var model = new TestModel { Horizon = 1 }.Import("CHN", 1).Build();
        var parameters = model.Parameters.ToList();
        parameters[model.Markets[0].Parameters.NetImportReliance] = new Parameter("nir", new Uniform(0, 1), "test", true);
        model = model with { Parameters = parameters, Predicates = [new Predicate("quarter", 0, Metric.ConcernShare, 1, "<", 0.25)] };

        // When
        var p = MonteCarloRunner.Run(model, new MonteCarloOptions(3000, 11)).Probabilities[0];

        // Then the reported error is the binomial one of the reported P, about 0.0079, and the truth lies within 4 of them
        Assert.Equal(Math.Sqrt(p.P * (1 - p.P) / 3000), p.StandardError, 12);
        Assert.InRange(p.StandardError, 0.0070, 0.0088);
        Assert.InRange(0.25, p.P - 4 * p.StandardError, p.P + 4 * p.StandardError);
    }

    [Fact]
    public void Run_CancelledToken_ThrowsOperationCanceled()
    {
        // Given a cancelled token
        var model = ScenarioFixture.Compile("baseline");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        // Then the run stops with OperationCanceledException
        Assert.ThrowsAny<OperationCanceledException>(() => MonteCarloRunner.Run(model, new MonteCarloOptions(10_000, 1), cancel.Token));
    }

    [Fact]
    public void Run_BanScenario_GalliumShortDuringBanNotDuringSuspension()
    {
        // Given the Dec-2024 ban (in force 2024-12 to 2025-10, suspended 2025-11 to 2026-11): CHN is 18 % of U.S. gallium
        // imports and NIR is 100 %, so without responses 18 % of demand is lost while the ban applies.
        var model = ScenarioFixture.Compile("china-2024-12-us-ban-ga-ge-sb");

        // When
        var result = MonteCarloRunner.Run(model, new MonteCarloOptions(200, 3));

        // Then the concern share is 0 while the ban applies (month 6 = 2025-05) and back to 18 % in the suspension (month 13 = 2025-12),
        // less what additional recycling supplies: up to 2 % of demand per year (recycling_growth), 0.18·(1 − 0.02·12/12) = 0.1764 at most
        Assert.Equal(0, result.Find("gallium", "refining", "concern_share", 6)!.P50, 9);
        Assert.InRange(result.Find("gallium", "refining", "concern_share", 13)!.P50, 0.1764 - 1e-9, 0.18 + 1e-9);
        // and shortfall never exceeds CHN's 18 % share
        Assert.All(result.Months.Where(m => m.Commodity == "gallium" && m.Metric == "shortfall"), m => Assert.InRange(m.P95, 0, 0.18 + 1e-9));
    }
}
