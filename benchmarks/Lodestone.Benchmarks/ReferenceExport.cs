using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Benchmarks;

/// <summary>Writes the benchmark model, sampled parameters of a few runs and their C# trajectories, for the NumPy reference to check against.</summary>
internal static class ReferenceExport
{
    public static void Write(string path, int runs)
    {
        var model = BenchmarkModel.Build();
        var lanes = runs;
        var values = model.Parameters.Select(_ => new double[lanes]).ToArray();
        ParameterSampler.Fill(model.Parameters, 1, 0, runs, values);
        var outputs = new List<object>();
        for (var r = 0; r < runs; r++)
        {
            var trajectory = SingleRun.Simulate(model, 1, r);
            outputs.Add(trajectory.Select(market => market.Select(m => new[] { m.ShortfallFraction, m.ConcernShare, m.EffectiveConcernShare, m.PriceIndex, m.Stock }).ToList()).ToList());
        }
        var document = new
        {
            horizon = model.Horizon,
            parameters = model.Parameters.Select(p => Describe(p.Value)).ToList(),
            markets = model.Markets.Select(m => new
            {
                key = m.Key,
                origins = m.Origins,
                domestic = m.DomesticIndex,
                import_shares = m.ImportShares,
                concern_direct = m.ConcernDirect,
                concern_traced = m.ConcernTraced,
                p = m.Parameters,
                events = m.Events.Select(e => new { e.OriginIndex, e.TargetsImporter, e.TargetsAll, active = e.Active, e.Severity, e.ApprovalRate, e.WorldShare }),
                projects = m.Projects.Select(p => new { p.OriginIndex, p.StartMonth, p.Capacity, p.ToDemandUnits, p.Scale, p.Offtake, p.DelayMonths, p.RampMonths, scurve = p.Curve == RampCurve.SCurve }),
            }),
            predicates = model.Predicates.Select(p => new { name = p.Name, market = p.MarketIndex, metric = p.Metric.Name(), month = p.Month, op = p.Op, threshold = p.Threshold }),
            check = new { runs, values, outputs },
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document));
        Console.WriteLine($"wrote {path}: {model.Markets.Count} markets, {model.Parameters.Count} parameters, {runs} check runs");
    }

    /// <summary>Times Monte Carlo runs by hand (the BenchmarkDotNet suite gives the reported figures).</summary>
    public static void Time(int runs, int threads)
    {
        var model = BenchmarkModel.Build();
        MonteCarloRunner.Run(model, new MonteCarloOptions(1000, 1, threads));
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        MonteCarloRunner.Run(model, new MonteCarloOptions(runs, 1, threads));
        watch.Stop();
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{runs} runs × {model.Horizon} months × {model.Markets.Count} markets, threads {threads}: {watch.Elapsed.TotalSeconds:0.000} s = {runs / watch.Elapsed.TotalSeconds:N0} runs/s, cpu {cpuSeconds:0.000} s"));
    }

    private static object Describe(Distribution d) => d switch
    {
        Fixed f => new { kind = "fixed", args = new[] { f.Value } },
        Uniform u => new { kind = "uniform", args = new[] { u.Lower, u.Upper } },
        Triangular t => new { kind = "triangular", args = new[] { t.Min, t.Mode, t.Max } },
        _ => throw new NotSupportedException("the NumPy reference samples fixed, uniform and triangular parameters only: " + d.Describe()),
    };
}
