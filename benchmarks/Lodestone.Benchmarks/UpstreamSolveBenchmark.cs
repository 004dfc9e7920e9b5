using BenchmarkDotNet.Attributes;
using Lodestone.Domain.Exposure;

namespace Lodestone.Benchmarks;

/// <summary>Full upstream solve w = d + A·w of a generated firm-level network (10 edges per node).</summary>
[MemoryDiagnoser]
[JsonExporterAttribute.Full]
public class UpstreamSolveBenchmark
{
    private UpstreamSystem _system = null!;
    private double[] _demand = [];

    [Params(100_000, 1_000_000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup() => (_system, _demand, _) = SupplyNetworkGenerator.Generate(Nodes, 10L * Nodes);

    /// <summary>Naive baseline: the same Jacobi sweeps on one thread.</summary>
    [Benchmark(Baseline = true)]
    public double[] SequentialJacobi() => new JacobiUpstreamSolver(parallelThreshold: int.MaxValue).Solve(_system, _demand).Weights;

    /// <summary>The shipped solver: Jacobi sweeps split into fixed row blocks across cores.</summary>
    [Benchmark]
    public double[] ParallelJacobi() => new JacobiUpstreamSolver().Solve(_system, _demand).Weights;
}
