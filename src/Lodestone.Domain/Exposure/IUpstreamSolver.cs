namespace Lodestone.Domain.Exposure;

/// <summary>Solves the upstream attribution w = d + A·w, i.e. (I − A)·w = d.</summary>
public interface IUpstreamSolver
{
    /// <summary>Short description shown in reports ("iterative (Jacobi, tol 1e-13)").</summary>
    string Name { get; }

    /// <exception cref="UpstreamSolveException">The system has no solution the method can find (iteration diverges, matrix singular).</exception>
    UpstreamSolution Solve(UpstreamSystem system, ReadOnlySpan<double> demand);
}
