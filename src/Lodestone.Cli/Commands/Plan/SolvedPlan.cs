using Lodestone.Optimization.Building;
using Lodestone.Optimization.Solving;

namespace Lodestone.Cli.Commands.Plan;

/// <summary>A built and solved plan, with its robustness report when asked for, or why it was not evaluated.</summary>
internal sealed record SolvedPlan(BuiltPlan Built, PlanResult Result, string? RobustnessSkipped);
