using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Lodestone.Benchmarks;
if (args is ["--check-planner"])
{
    // One timed solve of each planner variant with its status, to confirm the synthetic instance is meaningful.
    foreach (var integer in new[] { false, true })
    {
        var problem = Lodestone.Benchmarks.Optimization.SyntheticPlan.Create(42, 30, 40, 12, integer);
        var clock = Stopwatch.StartNew();
        var result = new Lodestone.Optimization.Solving.Planner().Solve(problem, new Lodestone.Optimization.Solving.PlannerOptions(Explain: false));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(integer ? "MILP" : "LP")}: {result.Status} in {clock.Elapsed.TotalSeconds:0.000} s, solver {result.Solver}, cost {result.Cost?.Total:0}, projects backed {result.Markets.SelectMany(m => m.Projects).Count(p => p.Invested > 0)}"));
    }
    return 0;
}

// sim-export FILE [RUNS]: model + check runs for benchmarks/reference/simulation_numpy.py
// sim-time RUNS [THREADS]: a quick stopwatch run; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "sim-export")
{
    ReferenceExport.Write(args.Length > 1 ? args[1] : "benchmark-model.json", args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 16);
    return 0;
}
if (args.Length > 0 && args[0] == "sim-time")
{
    ReferenceExport.Time(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : -1);
    return 0;
}
if (args is ["sim-report", var reportRuns, var reportThreads])
{
    // The JSON report of `lodestone simulate` for the benchmark model (seed 1): for checking that results do not depend on threads.
    var model = BenchmarkModel.Build();
    var result = Lodestone.Simulation.MonteCarlo.MonteCarloRunner.Run(model, new Lodestone.Simulation.MonteCarlo.MonteCarloOptions(
        int.Parse(reportRuns, CultureInfo.InvariantCulture), 1, int.Parse(reportThreads, CultureInfo.InvariantCulture)));
    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(Lodestone.Simulation.MonteCarlo.SimulationReport.From(result),
        new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower }));
    return 0;
}
// baci-generate DIR ROWS [SEED] / baci-prepare DB / baci-import FILE DB [--all-codes] / baci-duckdb FILE DBFILE
// [--mapped]: the import-baci peer pairs (Trade/): the default import (mapped codes) against DuckDB loading the same
// codes and against its full load, and --all-codes against the full load; baci-parse FILE: the import's reading alone
// (no store), to split its time between reading and writing; baci-exposure DB IMPORTER ROUNDS: exposure of one
// importer, every commodity, on the store baci-import filled.
if (args is ["baci-generate", var baciDir, var baciRows, ..])
{
    Lodestone.Benchmarks.Trade.BaciImportBenchmark.Generate(baciDir, long.Parse(baciRows, CultureInfo.InvariantCulture),
        args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 20261203);
    return 0;
}
if (args is ["baci-prepare", var prepareDb])
{
    await Lodestone.Benchmarks.Trade.BaciImportBenchmark.PrepareAsync(prepareDb);
    return 0;
}
if (args is ["baci-import", var importFile, var importDb, ..])
{
    await Lodestone.Benchmarks.Trade.BaciImportBenchmark.ImportAsync(importFile, importDb,
        args.Contains("--all-codes"));
    return 0;
}
if (args is ["baci-exposure", var exposureDb, var exposureImporter, var exposureRounds])
{
    await Lodestone.Benchmarks.Trade.BaciImportBenchmark.ExposureAsync(exposureDb, exposureImporter, int.Parse(exposureRounds, CultureInfo.InvariantCulture));
    return 0;
}
if (args is ["baci-parse", var parseFile])
{
    Lodestone.Benchmarks.Trade.BaciImportBenchmark.Parse(parseFile);
    return 0;
}
if (args is ["baci-duckdb", var duckFile, var duckDb, ..])
{
    await Lodestone.Benchmarks.Trade.BaciImportBenchmark.DuckDbAsync(duckFile, duckDb, args.Contains("--mapped"));
    return 0;
}
// cold-trade DB COMMODITY: the first trade view of a process (store opened, export series read, views compiled), then a
// warm one; benchmarks/cold.sh alternates two builds of it.
if (args is ["cold-trade", var coldDb, var coldCommodity])
{
    await Lodestone.Benchmarks.Trade.ColdTradeBenchmark.RunAsync(coldDb, coldCommodity);
    return 0;
}
if (args is ["web-serve", var webUrl])
{
    await StaticTwinServer.RunAsync(webUrl);
    return 0;
}
// news-time [ROUNDS]: the 1,000-article news extraction by stopwatch, 1 and 2 threads alternating (docs/performance.md).
if (args.Length > 0 && args[0] == "news-time")
{
    Lodestone.Benchmarks.News.NewsExtractionTimer.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7);
    return 0;
}
// news-stages [ROUNDS]: the same 1,000 articles, timed stage by stage on one thread (docs/performance.md).
if (args.Length > 0 && args[0] == "news-stages")
{
    var stageRounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
    Lodestone.Benchmarks.News.NewsStageTimer.Run(stageRounds);
    return 0;
}
// news-model [THRESHOLD]: the event-type model experiment (trained on train/, checked on dev/ and the seeds; docs/news.md).
if (args.Length > 0 && args[0] == "news-model")
{
    Lodestone.Benchmarks.News.Model.EventTypeModelExperiment.Run(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 0.5);
    return 0;
}
if (args.Length > 0 && args[0] == "sim-profile")
{
    Profile.Run(int.Parse(args[1], CultureInfo.InvariantCulture));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(MonteCarloBenchmarks).Assembly).Run(args);
return 0;
