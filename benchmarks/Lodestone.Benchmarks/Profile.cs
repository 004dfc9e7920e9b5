using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Runtime.Intrinsics;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Benchmarks;

/// <summary>Splits one thread's time between sampling, the engine and the reduction (for tuning; not a benchmark).</summary>
/// <remarks>Each phase is timed five times after a warm-up and the fastest wall and CPU times are printed, so a busy machine inflates them
/// less (CPU time is not inflated by waiting for a core, but still by other processes evicting the caches).</remarks>
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
            $"Vector<double>.Count = {Vector<double>.Count}, Vector512 accelerated {Vector512.IsHardwareAccelerated}; {runs} runs on one thread, " +
            $"fastest of 5 (wall / cpu): sampling {sampling.Wall:0.000} / {sampling.Cpu:0.000} s, engine {engine.Wall:0.000} / {engine.Cpu:0.000} s, " +
            $"whole Monte Carlo {whole.Wall:0.000} / {whole.Cpu:0.000} s (reduction ≈ {whole.Wall - sampling.Wall - engine.Wall:0.000} / {whole.Cpu - sampling.Cpu - engine.Cpu:0.000} s)"));
    }

    private static (double Wall, double Cpu) Fastest(Action action)
    {
        action();
        var best = (Wall: double.MaxValue, Cpu: double.MaxValue);
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < 5; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            action();
            var wall = clock.Elapsed.TotalSeconds;
            process.Refresh();
            best = (Math.Min(best.Wall, wall), Math.Min(best.Cpu, (process.TotalProcessorTime - cpu).TotalSeconds));
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
