using Lodestone.Simulation.Engine;
using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Simulation.Tests.Engine;

public class LaneWidthTests
{
    [Theory]
    [InlineData("announced-partnerships", 16)]
    [InlineData("announced-partnerships", 24)]
    [InlineData("china-2024-12-us-ban-ga-ge-sb", 16)]
    [InlineData("china-2024-12-us-ban-ga-ge-sb", 24)]
    [InlineData("china-2025-10-ree-expansion", 16)]
    public void RunBlock_WideLanesOrOneRunAtATime_SameBits(string scenario, int lanes)
    {
        // Given a shipped scenario (projects, bans, sampled parameters) and one block of runs: with AVX-512 a block of 16 runs as two
        // eight-lane vectors side by side and one of 24 as single eight-lane vectors, while a single run (a block of
        // Vector<double>.Count lanes) runs at the platform width
        var model = ScenarioFixture.Compile(scenario);
        var parameters = model.Parameters.Select(_ => new double[lanes]).ToArray();
        ParameterSampler.Fill(model.Parameters, 7, 100, lanes, parameters);
        var maxOrigins = model.Markets.Max(m => m.Origins.Count);
        var block = new AllLanes(model, lanes);

        // When
        SimulationEngine.RunBlock(model, parameters, lanes, new BlockBuffers(lanes, maxOrigins, model.Horizon), block);

        // Then every output of every run, market and month has the bits of that run simulated on its own
        for (var lane = 0; lane < lanes; lane++)
        {
            var single = SingleRun.Simulate(model, 7, 100 + lane);
            for (var m = 0; m < model.Markets.Count; m++)
            {
                for (var t = 0; t < model.Horizon; t++)
                {
                    var record = single[m][t];
                    var expected = new[] { record.Demand, record.Shortfall, record.ShortfallFraction, record.SpareSupply, record.StockRelease, record.Stock,
                        record.ConcernShare, record.EffectiveConcernShare, record.PriceIndex }.Concat(record.OriginSupply);
                    Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), block.Values[(m, t)][lane].Select(BitConverter.DoubleToInt64Bits));
                }
            }
        }
    }

    private sealed class AllLanes(SimulationModel model, int lanes) : IMonthObserver
    {
        public Dictionary<(int Market, int Month), double[][]> Values { get; } = [];

        public void Observe(int market, int month, MonthBuffers v, int runs)
        {
            var origins = model.Markets[market].Origins.Count;
            Values[(market, month)] = Enumerable.Range(0, lanes).Select(i => new[] { v.Demand[i], v.Shortfall[i], v.Metrics[(int)Metric.ShortfallFraction][i],
                v.SpareSupply[i], v.StockRelease[i], v.Stock[i], v.Metrics[(int)Metric.ConcernShare][i], v.Metrics[(int)Metric.EffectiveConcernShare][i],
                v.Metrics[(int)Metric.PriceIndex][i] }.Concat(v.OriginSupply.Take(origins).Select(o => o[i])).ToArray()).ToArray();
        }
    }
}
