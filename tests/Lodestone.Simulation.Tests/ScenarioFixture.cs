using Lodestone.Data;
using Lodestone.Simulation.Engine;
using Lodestone.Simulation.Inputs;
using Lodestone.Simulation.Scenarios;
using Lodestone.Testing;

namespace Lodestone.Simulation.Tests;

/// <summary>Shipped scenarios compiled against the default dataset.</summary>
internal static class ScenarioFixture
{
    public static SalientTable Salient { get; } = new(Path.Combine(DataPaths.DefaultDataDirectory, "usgs", "salient"));

    public static SimulationModel Compile(string name, int? horizon = null) =>
        ScenarioCompiler.Compile(ScenarioReader.ReadFile(ScenarioPaths.Resolve(name)), DefaultData.Dataset, new CompileOptions(Salient, Horizon: horizon));
}
