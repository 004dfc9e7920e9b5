using Lodestone.Data;
using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.Model;
using Lodestone.Simulation.Claims;
using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Scenarios;
using Lodestone.Testing;

namespace Lodestone.Simulation.Tests.Claims;

public class ClaimEvaluatorTests
{
    private static TrackedClaim SeedClaim() =>
        ClaimFile.Read(Path.Combine(DataPaths.DefaultDataDirectory, ClaimFile.FileName)).Single(c => c.Id == "trump-2025-11-06-reliance-18m");

    [Fact]
    public void Read_ShippedClaims_SeedClaimFirst()
    {
        // Given data/claims.csv
        var claims = ClaimFile.Read(Path.Combine(DataPaths.DefaultDataDirectory, ClaimFile.FileName));

        // Then the seeds' claim is the first tracked claim: said 2025-11-06, 18 months, due 2027-05
        var first = claims[0];
        Assert.Equal("Donald Trump", first.Speaker);
        Assert.Equal("2025-11-06", first.Said.ToString());
        Assert.Equal(18, first.HorizonMonths);
        Assert.Equal("2027-05", first.Due.ToString());
    }

    [Fact]
    public void Evaluate_SeedClaim_ProbabilityForEveryMarketAndAssumptions()
    {
        // Given the seed claim and its scenario
        var claim = SeedClaim();
        var scenario = ScenarioReader.ReadFile(ScenarioPaths.Resolve(claim.Scenario));

        // When evaluated with 200 runs
        var evaluation = ClaimEvaluator.Evaluate(claim, scenario, DefaultData.Dataset, new CompileOptions(ScenarioFixture.Salient), new MonteCarloOptions(200, 11));

        // Then: due month 19 (2025-11 is month 1, 2027-05 month 19), one verdict per market, probabilities in [0, 1]
        Assert.Equal(19, evaluation.DueMonth);
        Assert.Equal(scenario.Markets.Count, evaluation.Commodities.Count);
        Assert.All(evaluation.Commodities, v =>
        {
            Assert.InRange(v.ShareBelowHalf, 0, 1);
            Assert.InRange(v.ShareBelowFifth, 0, v.ShareBelowHalf);
            Assert.InRange(v.NoShortfallUnderBan, 0, 1);
        });
        // Cobalt: China is not among U.S. cobalt import sources (USGS MCS 2026, 2021-24), so its direct share is 0 and both share predicates hold.
        var cobalt = evaluation.Commodities.Single(v => v.Commodity == "cobalt");
        Assert.Equal(1.0, cobalt.ShareBelowFifth);
        // Gallium: China is 18 % of imports and NIR is 100 %, so the share is at most 18 %: below 20 % in every run.
        Assert.Equal(1.0, evaluation.Commodities.Single(v => v.Commodity == "gallium").ShareBelowFifth);
        Assert.Contains(evaluation.Assumptions, a => a.StartsWith("claim read as", StringComparison.Ordinal));
        Assert.Contains(evaluation.Assumptions, a => a.StartsWith("spare_capacity", StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_SeedClaim_NeverLikelyWhereTheTraceIsUnknownOrPassesADominatedStage()
    {
        // The consistency rule over every market of the seed claim on the default data: "likely" needs a traced share,
        // and no stage the supplier dominates (>= 80 % of world output) may be crossed by an untraced path.
        var claim = SeedClaim();
        var scenario = ScenarioReader.ReadFile(ScenarioPaths.Resolve(claim.Scenario));

        var evaluation = ClaimEvaluator.Evaluate(claim, scenario, DefaultData.Dataset, new CompileOptions(ScenarioFixture.Salient), new MonteCarloOptions(200, 11));

        foreach (var v in evaluation.Commodities)
        {
            var trace = ImporterTracer.Trace(DefaultData.Dataset, scenario.Importer, scenario.Concern, v.Commodity);
            var now = trace.At(Enum.Parse<Stage>(v.Stage, ignoreCase: true));
            // the claim shows the exposure tracer's figure, to the digit
            Assert.Equal(now?.Share.Low, v.TracedNowLow);
            Assert.Equal(now?.Share.High, v.TracedNowHigh);
            if (now is null || (!now.Share.IsExact && trace.DominatedStages.Count > 0))
            {
                Assert.Equal(ClaimVerdicts.CannotTell, v.Verdict);
                Assert.NotEmpty(v.Missing);
            }
            Assert.InRange(v.ShareBelowHalfIfUntracedIsConcern, 0, v.ShareBelowHalf + 1e-12);
        }
        // Gallium (China 98.7 % of world refining, USGS) and cobalt (partners' feeds untraced) were "likely" before tracing on evidence.
        Assert.NotEqual(ClaimVerdicts.LikelyWord, evaluation.Commodities.Single(v => v.Commodity == "gallium").Verdict);
        Assert.NotEqual(ClaimVerdicts.LikelyWord, evaluation.Commodities.Single(v => v.Commodity == "cobalt").Verdict);
    }
}
