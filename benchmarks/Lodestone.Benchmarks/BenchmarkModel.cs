using Lodestone.Data;
using Lodestone.Data.Loading;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.Inputs;
using Lodestone.Simulation.Scenarios;

namespace Lodestone.Benchmarks;

/// <summary>The benchmark model: every market of the default dataset the shipped scenarios simulate, with the announced
/// partnership projects and the Dec-2024 Ga/Ge/Sb ban (suspended to 2026-11, then back), 36 months from 2025-11.</summary>
internal static class BenchmarkModel
{
    public static SimulationModel Build()
    {
        var data = DatasetLoader.LoadDirectory(DataPaths.DefaultDataDirectory);
        var partnerships = ScenarioReader.ReadFile(ScenarioPaths.Resolve("announced-partnerships"));
        var ban = ScenarioReader.ReadFile(ScenarioPaths.Resolve("china-2024-12-us-ban-ga-ge-sb"));
        var combined = partnerships with { Name = "benchmark", Events = ban.Events, Predicates = ban.Predicates.Where(p => p.Date is { Year: 2027 }).ToList() };
        return ScenarioCompiler.Compile(combined, data, new CompileOptions(new SalientTable(Path.Combine(DataPaths.DefaultDataDirectory, "usgs", "salient")), Horizon: 36));
    }
}
