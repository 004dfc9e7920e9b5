// The public surface of Lodestone.Simulation. Each type here is used by another project, or appears in the
// signature of a public member that is (the justification says which; users found by name when the list
// was written), so CA1515 (make it internal) is suppressed for it. A type only this project uses is internal;
// tests reach it through InternalsVisibleTo. Adding a public type means adding its line here.

using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Attribution.IOriginAttribution",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.BacktestDefinition", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.BacktestException", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.BacktestFile", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.BacktestReport",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.BacktestRunner", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.BacktestSummary", Justification = "Used by Cli, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.CalibrationPoint",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.CalibrationResult", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.CalibrationSpec",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.EpisodeResult", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.EpisodeRole", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.EpisodeSpec",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.Measure", Justification = "Used by Cli, Data, Domain, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.Measures",
    Justification = "Used by Cli, Data, Domain, News, Queries, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.ObservationResult", Justification = "Used by Cli, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.ObservationSpec",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.Observed", Justification = "Used by Cli, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Backtest.SeriesTiming",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Claims.ClaimEvaluation", Justification = "Used by Cli, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Claims.ClaimEvaluator", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Claims.ClaimFile", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Claims.ClaimSensitivity",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Claims.ClaimVerdicts", Justification = "Used by Queries, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Claims.CommodityVerdict", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Claims.TrackedClaim", Justification = "Used by Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Distributions.CounterRandom", Justification = "Used by Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Distributions.Distribution",
    Justification = "Used by Benchmarks, Domain, Exposure, Robustness, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Distributions.Fixed", Justification = "Used by Benchmarks, Data")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Distributions.Triangular", Justification = "Used by Benchmarks")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Distributions.Uniform", Justification = "Used by Benchmarks, Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.BasePrice",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.BlockBuffers", Justification = "Used by Benchmarks")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.EventModel",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.IMonthObserver", Justification = "Used by Benchmarks")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.MarketModel",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.MarketParameters",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.Metric",
    Justification = "Used by Benchmarks, Cli, Optimization, Queries, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.Metrics",
    Justification = "Used by Cli, Domain, Optimization, Queries, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.MonthBuffers", Justification = "Used by Benchmarks")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.MonthRecord",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.Parameter", Justification = "Used by Cli, Domain, Queries, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.ParameterUncertainty",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.Predicate", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.ProjectModel",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.RampCurve", Justification = "Used by Benchmarks")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.SimulationEngine", Justification = "Used by Benchmarks")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.SimulationModel", Justification = "Used by Benchmarks, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Engine.SingleRun", Justification = "Used by Benchmarks")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Inputs.SalientTable", Justification = "Used by Benchmarks, Fuzz, Queries")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.MonteCarlo.MarketPriceReport",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.MonteCarlo.MonteCarloOptions",
    Justification = "Used by Benchmarks, Cli, Cluster, Queries, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.MonteCarlo.MonteCarloPartial", Justification = "Used by Cluster")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.MonteCarlo.MonteCarloResult", Justification = "Used by Benchmarks, Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.MonteCarlo.MonteCarloRunner",
    Justification = "Used by Benchmarks, Cli, Cluster, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.MonteCarlo.MonthQuantiles", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.MonteCarlo.OriginSupply",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.MonteCarlo.ParameterReport",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.MonteCarlo.ParameterSampler", Justification = "Used by Benchmarks")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.MonteCarlo.PredicateProbability",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.MonteCarlo.SimulationReport", Justification = "Used by Benchmarks, Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.CompileOptions", Justification = "Used by Benchmarks, Cli, Fuzz")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.DemandSpec",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.EventSpec", Justification = "Used by Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.ImportsSpec",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.MarketSpec",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.ParameterNames", Justification = "Used by Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.ParameterSpec", Justification = "Used by Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.PredicateSpec",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.PriceSpec",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.ProjectSpec", Justification = "Used by Optimization")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.ScenarioCompiler",
    Justification = "Used by Benchmarks, Cli, Fuzz, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.ScenarioCompiler",
    Justification = "Used by Benchmarks, Cli, Fuzz, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.ScenarioCompiler",
    Justification = "Used by Benchmarks, Cli, Fuzz, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.ScenarioCompiler",
    Justification = "Used by Benchmarks, Cli, Fuzz, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.ScenarioDefinition",
    Justification = "Used by Cli, Queries, Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.ScenarioException",
    Justification = "Used by Cli, Cluster, Fuzz, Queries, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.ScenarioLibrary", Justification = "Used by Cli, Queries, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.ScenarioPaths", Justification = "Used by Benchmarks, Cli, Fuzz, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Scenarios.ScenarioReader", Justification = "Used by Benchmarks, Cli, Fuzz")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sensitivity.MarketSensitivity", Justification = "Used by Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sensitivity.OneAtATime", Justification = "Used by tests/Cli.Tests")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sensitivity.ParameterSwing", Justification = "Used by Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sensitivity.SensitivityHeadline", Justification = "Used by Cli, Web")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sensitivity.SensitivityReport", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sweeps.IBlockRangeExecutor", Justification = "Used by Cluster")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sweeps.InProcessExecutor", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sweeps.ScenarioSource", Justification = "Used by Cluster")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sweeps.SweepCell", Justification = "Used by Cluster")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sweeps.SweepCellReport",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sweeps.SweepFile",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sweeps.SweepModels", Justification = "Used by Cli, Cluster")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sweeps.SweepReader", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sweeps.SweepReport", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sweeps.SweepRunner", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sweeps.SweepWorkItem",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Replays.ReplayPlan", Justification = "Used by Robustness, Cli, Cluster")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Replays.ReplayMarket", Justification = "Used by Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Replays.ReplayOrigin", Justification = "Used by Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Replays.ReplayQuarter", Justification = "Used by Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Replays.ReplayVolume", Justification = "Used by Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Replays.ReplayLot", Justification = "Used by Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Replays.ReplayProjectPlan", Justification = "Used by Robustness")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Replays.ReplayModel", Justification = "Used by Robustness, Cluster")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Replays.ReplayRunner", Justification = "Used by Robustness, Cluster")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Replays.ReplayPartial", Justification = "Used by Cluster")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Replays.ReplayMerge",
    Justification = "In the signature of a public member other projects use")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Replays.ReplayReport", Justification = "Used by Robustness, Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sweeps.SolvedSweepPlan", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sweeps.SweepPlanCell", Justification = "Used by Cluster")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sweeps.SweepPlanCellReport", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sweeps.SweepPlanEntry", Justification = "Used by Cli")]
[assembly: SuppressMessage("Maintainability", "CA1515", Scope = "type",
    Target = "~T:Lodestone.Simulation.Sweeps.SweepPlanOption", Justification = "Used by Cli")]
