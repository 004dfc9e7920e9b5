using Lodestone.Domain.Errors;

namespace Lodestone.Optimization.Building;

/// <summary>A planning request that cannot be built into a model (unknown commodity, missing demand), with its error code.</summary>
public sealed class PlanningException(ErrorCode code, string message) : Exception(message)
{
    /// <summary>The catalogue code the CLI exits with and the API reports (not found, insufficient data …).</summary>
    public ErrorCode Code { get; } = code;
}
