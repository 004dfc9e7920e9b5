using Lodestone.Optimization.Model;

namespace Lodestone.Optimization.Building;

/// <summary>A built planning instance with the notes (assumptions, exclusions) and citations the report must show.</summary>
/// <param name="Citations">Every sourced plan parameter as "field — source: …" or "field — assumption: …".</param>
public sealed record BuiltPlan(PlanProblem Problem, IReadOnlyList<string> Notes, IReadOnlyList<string> Citations);
