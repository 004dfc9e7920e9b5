using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Runtime.Intrinsics;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Benchmarks;

/// <summary>Splits one thread's time between sampling, the engine and the reduction (for tuning; not a benchmark).</summary>
/// <remarks>Each phase is timed three times after a warm-up and the fastest is printed, so a busy machine inflates it less.</remarks>
internal static class Profile
{
    public static void Run(int runs)
    {
        var model = BenchmarkModel.Build();
        const int lanes = 256;
        var values = model.Parameters.Select(_ => new double[lanes]).ToArray();
        var buffers = new BlockBuffers(lanes, model.Markets.Max(m => m.Origins.Count), model.Horizon);
        var nothing = new NoObserver();
        var sampling = Fastest(() =>
        {
            for (var first = 0; first < runs; first += lanes)
            {
                ParameterSampler.Fill(model.Parameters, 1, first, lanes, values);
            }
        });
        var engine = Fastest(() =>
        {
            for (var first = 0; first < runs; first += lanes)
            {
                SimulationEngine.RunBlock(model, values, lanes, buffers, nothing);
            }
        });
        var whole = Fastest(() => MonteCarloRunner.Run(model, new MonteCarloOptions(runs, 1, MaxThreads: 1)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Vector<double>.Count = {Vector<double>.Count}, Vector512 accelerated {Vector512.IsHardwareAccelerated}; {runs} runs on one thread: " +
            $"sampling {sampling:0.000} s, engine {engine:0.000} s, whole Monte Carlo {whole:0.000} s (reduction ≈ {whole - sampling - engine:0.000} s)"));
    }

    private static double Fastest(Action action)
    {
        action();
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        return best;
    }

    private sealed class NoObserver : IMonthObserver
    {
        public void Observe(int market, int month, MonthBuffers values, int runs)
        {
        }
    }
}
