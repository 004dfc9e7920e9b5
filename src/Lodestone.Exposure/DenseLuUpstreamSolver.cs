using Lodestone.Domain.Exposure;
using MathNet.Numerics.LinearAlgebra;

namespace Lodestone.Exposure;

/// <summary>Exact solver for w = d + A·w: LU factorisation with partial pivoting of the dense matrix I − A
/// (MathNet.Numerics).</summary>
/// <remarks>O(n³) time and O(n²) memory: meant for commodity networks of tens to a few thousand nodes.</remarks>
internal sealed class DenseLuUpstreamSolver(int maxSize = 4_000) : IUpstreamSolver
{
    public int MaxSize { get; } = maxSize;

    public string Name => "exact (dense LU, MathNet.Numerics)";

    public UpstreamSolution Solve(UpstreamSystem system, ReadOnlySpan<double> demand)
    {
        var n = system.Size;
        if (n > MaxSize)
        {
            throw new UpstreamSolveException(
                $"{n} nodes exceed the dense solver's limit of {MaxSize}; use the iterative solver");
        }
        if (demand.Length != n)
        {
            throw new ArgumentException($"demand has {demand.Length} entries, the system {n}", nameof(demand));
        }
        var m = Matrix<double>.Build.DenseIdentity(n);
        for (var i = 0; i < n; i++)
        {
            for (var k = system.RowStart[i]; k < system.RowStart[i + 1]; k++)
            {
                m[i, system.Column[k]] -= system.Weight[k];
            }
        }
        var lu = m.LU();
        if (Math.Abs(lu.Determinant) < 1e-300)
        {
            throw new UpstreamSolveException("I − A is singular: some cycle never leaks to an origin");
        }
        var d = Vector<double>.Build.DenseOfArray(demand.ToArray());
        var w = lu.Solve(d);
        var residual = (m * w - d).InfinityNorm();
        return new UpstreamSolution(w.ToArray(), "exact (dense LU)", 0, residual);
    }
}
