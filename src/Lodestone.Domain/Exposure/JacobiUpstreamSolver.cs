using System.Globalization;

namespace Lodestone.Domain.Exposure;

/// <summary>Iterative solver for w = d + A·w: Jacobi sweeps w⁽ᵏ⁺¹⁾ = d + A·w⁽ᵏ⁾ (the Neumann series), parallel over rows.</summary>
/// <remarks>
/// Each sweep is one sparse matrix–vector product, O(entries). On an acyclic network of depth L the iteration is exact
/// after L + 1 sweeps; with cycles it converges geometrically at the rate of A's spectral radius. Stops when the
/// max-norm of the update is ≤ <see cref="Tolerance"/> × max(1, ‖w‖∞). Rows are split into fixed blocks, so results do
/// not depend on the number of threads. BCL only.
/// </remarks>
public sealed class JacobiUpstreamSolver(double tolerance = 1e-13, int maxIterations = 10_000, int parallelThreshold = 100_000) : IUpstreamSolver
{
    private const int BlockSize = 16_384;

    /// <summary>Relative stopping tolerance (positive): sweeps stop when the update's max-norm is at most this × max(1, ‖w‖∞).</summary>
    public double Tolerance { get; } = tolerance > 0 ? tolerance : throw new ArgumentOutOfRangeException(nameof(tolerance));
    /// <summary>Sweeps at most (positive); the solve fails with <see cref="UpstreamSolveException"/> beyond them.</summary>
    public int MaxIterations { get; } = maxIterations > 0 ? maxIterations : throw new ArgumentOutOfRangeException(nameof(maxIterations));

    /// <inheritdoc />
    public string Name => "iterative (Jacobi, tol " + Tolerance.ToString("0e0", CultureInfo.InvariantCulture) + ")";

    /// <summary>Jacobi sweeps from w = d until the update falls under the tolerance.</summary>
    /// <exception cref="ArgumentException"><paramref name="demand"/> does not have one entry per node.</exception>
    /// <exception cref="UpstreamSolveException">The iteration diverges or does not converge within
    /// <see cref="MaxIterations"/> sweeps.</exception>
    public UpstreamSolution Solve(UpstreamSystem system, ReadOnlySpan<double> demand)
    {
        if (demand.Length != system.Size)
        {
            throw new ArgumentException($"demand has {demand.Length} entries, the system {system.Size}", nameof(demand));
        }
        var n = system.Size;
        var d = demand.ToArray();
        var x = (double[])d.Clone();
        var y = new double[n];
        var parallel = n >= parallelThreshold;
        var blocks = (n + BlockSize - 1) / BlockSize;
        var blockDelta = new double[blocks];
        var blockNorm = new double[blocks];
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            if (parallel)
            {
                var xs = x;
                var ys = y;
                Parallel.For(0, blocks, b => Sweep(system, xs, d, ys, b, blockDelta, blockNorm));
            }
            else
            {
                for (var b = 0; b < blocks; b++)
                {
                    Sweep(system, x, d, y, b, blockDelta, blockNorm);
                }
            }
            var delta = blockDelta.Max();
            var norm = blockNorm.Max();
            (x, y) = (y, x);
            if (double.IsNaN(delta) || double.IsInfinity(norm))
            {
                throw new UpstreamSolveException("the iteration diverged (is every cycle leaking to an origin?)");
            }
            if (delta <= Tolerance * Math.Max(1, norm))
            {
                return new UpstreamSolution(x, "iterative (Jacobi)", iteration, delta);
            }
        }
        throw new UpstreamSolveException($"no convergence in {MaxIterations} iterations (spectral radius of A too close to 1?)");
    }

    private static void Sweep(UpstreamSystem system, double[] x, double[] d, double[] y, int block, double[] blockDelta, double[] blockNorm)
    {
        var from = block * BlockSize;
        var to = Math.Min(system.Size, from + BlockSize);
        system.MultiplyAdd(x, d, y, from, to);
        var delta = 0.0;
        var norm = 0.0;
        for (var i = from; i < to; i++)
        {
            delta = Math.Max(delta, Math.Abs(y[i] - x[i]));
            norm = Math.Max(norm, Math.Abs(y[i]));
        }
        blockDelta[block] = delta;
        blockNorm[block] = norm;
    }
}
