namespace Lodestone.Domain.Exposure;

/// <summary>The upstream system could not be solved: an iteration did not converge or a matrix is singular.</summary>
public sealed class UpstreamSolveException(string message) : Exception(message);
