using Lodestone.Data;
using Lodestone.Simulation.Inputs;
using Lodestone.Simulation.Scenarios;
using Lodestone.Testing;

namespace Lodestone.Simulation.Tests.Scenarios;

public class ShippedScenarioTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in ScenarioPaths.Shipped())
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Fact]
    public void Shipped_AllSevenScenarios_ArePresent()
    {
        // Given the scenarios the issue lists (baseline, Apr-2025, Oct-2025, Dec-2024 ban, C5, Oct-2025 frameworks) plus the claim's union
        var names = ScenarioPaths.Shipped().Select(Path.GetFileNameWithoutExtension).ToList();

        // Then each ships
        Assert.Equal(
            ["announced-partnerships", "baseline", "c5-partnership", "china-2024-12-us-ban-ga-ge-sb", "china-2025-04-ree-licensing", "china-2025-10-ree-expansion", "us-frameworks-2025-10"],
            names);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Compile_ShippedScenario_CompilesAgainstDefaultDataWithEveryParameterJustified(string file)
    {
        // Given a shipped scenario and the embedded default dataset
        var scenario = ScenarioReader.ReadFile(ScenarioPaths.Resolve(file));

        // When it compiles
        var model = ScenarioCompiler.Compile(scenario, DefaultData.Dataset, new CompileOptions(new SalientTable(Path.Combine(DataPaths.DefaultDataDirectory, "usgs", "salient"))));

        // Then every parameter carries a non-empty basis (source or assumption) and every market has import origins
        Assert.NotEmpty(model.Markets);
        Assert.All(model.Parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Basis), p.Name));
        Assert.All(model.Markets, m => Assert.True(m.Origins.Count > 1, m.Key));
    }
}
