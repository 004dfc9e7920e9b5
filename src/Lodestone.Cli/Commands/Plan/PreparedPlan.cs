using Lodestone.Optimization.Building;
using Lodestone.Simulation.Scenarios;

namespace Lodestone.Cli.Commands.Plan;

/// <summary>A checked plan request, ready to build and solve: the planner's request, where concern content comes from, and the
/// robustness replay asked for (null scenario: none).</summary>
internal sealed record PreparedPlan(PlanRequest Request, IConcernContentSource Content, ScenarioDefinition? Scenario, int RobustnessRuns, int RobustnessSeed);
