// The public surface of Lodestone.Optimization. Each type here is used by another project, or appears in the
// signature of a public member that is (the justification says which; users found by name when the list
// was written), so CA1515 (make it internal) is suppressed for it. A type only this project uses is internal;
// tests reach it through InternalsVisibleTo. Adding a public type means adding its line here.

using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Building.BuiltPlan", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Building.DirectConcernContent", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Building.IConcernContentSource", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Building.PlanRequest", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Building.PlanningException", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Building.ProblemBuilder", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Building.TracedConcernContent", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Frontier.FrontierCalculator", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Frontier.FrontierPoint", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Model.CapBasis", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Model.PlanMarket", Justification = "Used by Benchmarks, Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Model.PlanProblem", Justification = "Used by Benchmarks, Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Model.ProjectOption", Justification = "Used by Benchmarks")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Model.Quarter", Justification = "Used by Benchmarks, Cli, News, Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Model.RecyclingOption", Justification = "Used by Benchmarks")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Model.Restriction",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Model.RestrictionKind",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Model.SourceOrigin", Justification = "Used by Benchmarks, Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Model.StockpileOption", Justification = "Used by Benchmarks")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Robustness.IPlanRobustnessEvaluator", Justification = "Used by Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Robustness.RobustnessReport", Justification = "Used by Cli, Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Solving.BindingConstraint",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Solving.CapAchievability",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Solving.CapViolation",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Solving.ConflictMember",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Solving.ConstraintKind", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Solving.CostBreakdown",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Solving.InfeasibilityReport",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Solving.MarketPlan", Justification = "Used by Cli, Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Solving.OriginVolume", Justification = "Used by tests/Robustness.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Solving.PlanResult", Justification = "Used by Cli, Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Solving.PlanStatus", Justification = "Used by Benchmarks")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Solving.Planner", Justification = "Used by Benchmarks, Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Solving.PlannerOptions", Justification = "Used by Benchmarks, Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Solving.ProjectDecision", Justification = "Used by tests/Robustness.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Solving.QuarterPlan", Justification = "Used by tests/Robustness.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Solving.StockLotKind", Justification = "Used by Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Solving.StockLotMove", Justification = "Used by Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Specs.PlanFiles", Justification = "Used by Cli, Fuzz")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Specs.PlanSpec", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Specs.PlanSpecError",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Specs.PlanSpecException", Justification = "Used by Cli, Fuzz")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Specs.PlanSpecReader", Justification = "Used by Cli, Fuzz")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Specs.ProjectSpec", Justification = "Used by Simulation")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Specs.RecyclingSpec",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Specs.Sourced`1", Justification = "Used by Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Optimization.Specs.StockpileSpec",
    Justification = "In the signature of a public member other projects use")]
