using System.Numerics;
using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Simulation.Engine;

/// <summary>Runs one run of a model and keeps every month: for hand-worked checks and trajectory output.</summary>
public static class SingleRun
{
    /// <summary>The trajectory of run <paramref name="run"/> for <paramref name="seed"/>, per market (model order) and month.</summary>
    /// <remarks>With only fixed parameters the seed does not matter: the run is deterministic.</remarks>
    public static IReadOnlyList<IReadOnlyList<MonthRecord>> Simulate(SimulationModel model, ulong seed = 0, long run = 0)
    {
        var lanes = Vector<double>.Count;
        var parameters = model.Parameters.Select(_ => new double[lanes]).ToArray();
        ParameterSampler.Fill(model.Parameters, seed, run, 1, parameters);
        var maxOrigins = Math.Max(1, model.Markets.Select(m => m.Origins.Count).DefaultIfEmpty(1).Max());
        var recorder = new Recorder(model);
        SimulationEngine.RunBlock(model, parameters, 1, new BlockBuffers(lanes, maxOrigins, model.Horizon), recorder);
        return recorder.Records;
    }

    private sealed class Recorder(SimulationModel model) : IMonthObserver
    {
        public List<MonthRecord>[] Records { get; } = model.Markets.Select(_ => new List<MonthRecord>()).ToArray();

        public void Observe(int market, int month, MonthBuffers v, int runs)
        {
            var origins = model.Markets[market].Origins.Count;
            Records[market].Add(new MonthRecord(month + 1, v.Demand[0], v.Shortfall[0], v.Metrics[(int)Metric.ShortfallFraction][0],
                v.SpareSupply[0], v.StockRelease[0], v.Stock[0], v.Metrics[(int)Metric.ConcernShare][0],
                v.Metrics[(int)Metric.EffectiveConcernShare][0], v.Metrics[(int)Metric.PriceIndex][0],
                Enumerable.Range(0, origins).Select(k => v.OriginSupply[k][0]).ToList()));
        }
    }
}
