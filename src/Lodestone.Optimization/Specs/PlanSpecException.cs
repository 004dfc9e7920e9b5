using Lodestone.Domain.Errors;

namespace Lodestone.Optimization.Specs;

/// <summary>A plan that cannot be used: bad values, unknown projects or contradictory constraints, each located.</summary>
public sealed class PlanSpecException(IReadOnlyList<PlanSpecError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<PlanSpecError> Errors { get; } = errors;

    /// <summary>Always <see cref="ErrorCode.InvalidData"/> (exit 3, HTTP 422).</summary>
    public ErrorCode Code => ErrorCode.InvalidData;
}
