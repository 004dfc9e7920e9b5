using BenchmarkDotNet.Attributes;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.MonteCarlo;

namespace Lodestone.Benchmarks;

/// <summary>100,000 runs × 36 months over the benchmark model: all cores versus one thread.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class MonteCarloBenchmarks
{
    private SimulationModel _model = null!;

    [Params(100_000)]
    public int Runs { get; set; }

    [GlobalSetup]
    public void Setup() => _model = BenchmarkModel.Build();

    [Benchmark(Baseline = true)]
    public MonteCarloResult OneThread() => MonteCarloRunner.Run(_model, new MonteCarloOptions(Runs, 1, MaxThreads: 1));

    [Benchmark]
    public MonteCarloResult AllCores() => MonteCarloRunner.Run(_model, new MonteCarloOptions(Runs, 1));
}
