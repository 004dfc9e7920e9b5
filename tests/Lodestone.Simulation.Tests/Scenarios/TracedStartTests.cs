using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.Model;
using Lodestone.Simulation.Attribution;
using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.MonteCarlo;
using Lodestone.Simulation.Scenarios;
using Lodestone.Testing;

namespace Lodestone.Simulation.Tests.Scenarios;

/// <summary>The simulation starts from the exposure tracer's answer: same partners, same weights, same content, for every shipped market.</summary>
public class TracedStartTests
{
    private static SimulationModel CompileTraced(string file) =>
        ScenarioCompiler.Compile(ScenarioReader.ReadFile(ScenarioPaths.Resolve(file)), DefaultData.Dataset,
            new CompileOptions(ScenarioFixture.Salient, new TracedOriginAttribution(DefaultData.Dataset, ContentBound.Low)));

    [Theory]
    [MemberData(nameof(ShippedScenarioTests.Files), MemberType = typeof(ShippedScenarioTests))]
    public void Compile_ShippedScenario_EveryMarketStartsFromTheTracersPartnersAndContent(string file)
    {
        var model = CompileTraced(file);

        foreach (var market in model.Markets)
        {
            var stage = ImporterTracer.Trace(DefaultData.Dataset, model.Importer, model.Concern, market.Commodity).At(market.Stage);
            Assert.True(stage is not null, $"{file} {market.Key}: the tracer has no {market.Stage} stage for the importer");
            // Every partner the tracer weighs is an origin of the market with the same weight and the same (low) content …
            foreach (var partner in stage.Partners)
            {
                var i = market.Origins.ToList().IndexOf(partner.Partner.Code);
                Assert.True(i >= 0, $"{file} {market.Key}: {partner.Partner} missing from the simulation's origins");
                Assert.Equal(partner.Weight, market.ImportShares[i], 9);
                Assert.Equal(partner.Content.Low, market.ConcernTraced[i], 9);
            }
            // … and the simulation imports from no one else at the start (projects add origins with zero share).
            var imported = market.Origins.Where((o, i) => i != market.DomesticIndex && market.ImportShares[i] > 0);
            Assert.All(imported, o => Assert.Contains(stage.Partners, p => p.Partner.Code == o));
        }
    }

    [Theory]
    [MemberData(nameof(ShippedScenarioTests.Files), MemberType = typeof(ShippedScenarioTests))]
    public void Run_ShippedScenarioWithoutEvents_FirstMonthShareLiesInTheTracedBounds(string file)
    {
        // Given the scenario before any event, with each market's NIR at the figure the tracer reads (imports are at least
        // NIR of supply: Split = [0, 1 − NIR]); the simulation otherwise draws NIR over five published years.
        var data = DefaultData.Dataset;
        var scenario = ScenarioReader.ReadFile(ScenarioPaths.Resolve(file));
        var traces = scenario.Markets.ToDictionary(m => m.Key, m =>
            ImporterTracer.Trace(data, scenario.Importer, scenario.Concern, data.Commodities.Find(m.Commodity)!.Name).At(m.Stage)!);
        var pinned = scenario with
        {
            Events = [],
            Predicates = [],
            Horizon = 1,
            Markets = [.. scenario.Markets.Select(m => traces[m.Key].Split is { Low: 0, High: < 1 } split
                ? m with
                {
                    Overrides = new Dictionary<string, ParameterSpec>(m.Overrides)
                    {
                        [ParameterNames.NetImportReliance] = new(new Fixed(1 - split.High), "the tracer's NIR, pinned by the test", true, 0, Exact: "pinned by the test"),
                    },
                }
                : m)],
        };
        var model = ScenarioCompiler.Compile(pinned, data, new CompileOptions(ScenarioFixture.Salient, new TracedOriginAttribution(data, ContentBound.Low)));

        var result = MonteCarloRunner.Run(model, new MonteCarloOptions(200, 7));

        // Then the first month's median effective share is inside the traced interval: "share now" and "traced" agree.
        // Month 1 is after one step of the scenario's growth rates (the frameworks scenarios grow non-Chinese supply from the
        // start), so it may move by a fraction of a point; half a point is below the one decimal the views print.
        const double oneStep = 0.005;
        foreach (var market in model.Markets)
        {
            var traced = traces[market.Key].Share;
            var month1 = result.Find(market.Commodity, market.Stage.Name(), Metrics.Name(Metric.EffectiveConcernShare), 1)!;
            Assert.True(month1.P50 >= traced.Low - oneStep && month1.P50 <= traced.High + oneStep,
                $"{file} {market.Key}: month 1 P50 {month1.P50:0.####} outside traced {traced}");
        }
    }
}
