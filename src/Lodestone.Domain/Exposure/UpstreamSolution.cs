namespace Lodestone.Domain.Exposure;

/// <summary>The solution w of w = d + A·w, with how it was obtained.</summary>
/// <param name="Weights">w, one entry per node.</param>
/// <param name="Method">"exact (dense LU)", "iterative (Jacobi)" …</param>
/// <param name="Iterations">Iterations used (0 for direct solvers).</param>
/// <param name="Residual">Max-norm of the last update (iterative) or of d + A·w − w (exact).</param>
public sealed record UpstreamSolution(double[] Weights, string Method, int Iterations, double Residual);
