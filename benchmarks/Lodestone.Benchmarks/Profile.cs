using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Benchmarks;

/// <summary>Splits one thread's time between sampling, the engine and the reduction (for tuning; not a benchmark).</summary>
internal static class Profile
{
    public static void Run(int runs)
    {
        var model = BenchmarkModel.Build();
        const int lanes = 256;
        var values = model.Parameters.Select(_ => new double[lanes]).ToArray();
        var buffers = new MonthBuffers(lanes, model.Markets.Max(m => m.Origins.Count));
        var nothing = new NoObserver();
        var sampling = Stopwatch.StartNew();
        for (var first = 0; first < runs; first += lanes)
        {
            ParameterSampler.Fill(model.Parameters, 1, first, lanes, values);
        }
        sampling.Stop();
        var engine = Stopwatch.StartNew();
        for (var first = 0; first < runs; first += lanes)
        {
            SimulationEngine.RunBlock(model, values, lanes, buffers, nothing);
        }
        engine.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Vector<double>.Count = {Vector<double>.Count}, hardware accelerated {Vector.IsHardwareAccelerated}; sampling {sampling.Elapsed.TotalSeconds:0.00} s, engine {engine.Elapsed.TotalSeconds:0.00} s for {runs} runs"));
    }

    private sealed class NoObserver : IMonthObserver
    {
        public void Observe(int market, int month, MonthBuffers values, int runs)
        {
        }
    }
}
