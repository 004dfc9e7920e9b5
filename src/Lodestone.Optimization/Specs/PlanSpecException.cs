using Lodestone.Domain.Errors;

namespace Lodestone.Optimization.Specs;

/// <summary>A plan that cannot be used: bad values, unknown projects or contradictory constraints, each located.</summary>
public sealed class PlanSpecException(IReadOnlyList<PlanSpecError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<PlanSpecError> Errors { get; } = errors;

    public ErrorCode Code => ErrorCode.InvalidData;
}
