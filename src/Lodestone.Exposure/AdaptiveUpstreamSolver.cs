using Lodestone.Domain.Exposure;

namespace Lodestone.Exposure;

/// <summary>Exact (dense LU) for small networks, iterative (Jacobi) for large ones.</summary>
/// <param name="exactLimit">Largest node count solved exactly (dense LU costs O(n³): 2,000 nodes take well under a
/// second).</param>
internal sealed class AdaptiveUpstreamSolver(int exactLimit = 2_000) : IUpstreamSolver
{
    private readonly DenseLuUpstreamSolver _exact = new(exactLimit);
    private readonly JacobiUpstreamSolver _iterative = new();

    public string Name => $"exact (dense LU) up to {_exact.MaxSize} nodes, else {_iterative.Name}";

    public UpstreamSolution Solve(UpstreamSystem system, ReadOnlySpan<double> demand) =>
        system.Size <= _exact.MaxSize ? _exact.Solve(system, demand) : _iterative.Solve(system, demand);
}
