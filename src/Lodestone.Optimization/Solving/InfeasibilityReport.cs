namespace Lodestone.Optimization.Solving;

/// <summary>Why no plan exists and what would make one.</summary>
/// <param name="ConflictingSet">A smallest set of constraint groups that cannot hold together (deletion filter over the relaxable groups, plus the demand and capacity facts they clash with).</param>
/// <param name="Violations">The least excess over each cap per quarter any plan can reach.</param>
/// <param name="Achievability">Per capped market: the earliest date the cap becomes achievable.</param>
/// <param name="Explanation">The whole story in a few sentences.</param>
public sealed record InfeasibilityReport(
    IReadOnlyList<ConflictMember> ConflictingSet,
    IReadOnlyList<CapViolation> Violations,
    IReadOnlyList<CapAchievability> Achievability,
    string Explanation);
