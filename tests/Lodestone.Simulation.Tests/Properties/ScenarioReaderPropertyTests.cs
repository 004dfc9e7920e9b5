using Lodestone.Simulation.Scenarios;
using Lodestone.Testing;
using Lodestone.Testing.Fuzzing;

namespace Lodestone.Simulation.Tests.Properties;

/// <summary>Mutated shipped scenarios either read and compile or are refused with a <see cref="ScenarioException"/> (file, line,
/// field), never another exception and without blowing up in time: the bounded-work rule of issue #12 on inputs nobody wrote.</summary>
public sealed class ScenarioReaderPropertyTests
{
    [Fact]
    public void ReadTextThenCompile_MutatedShippedScenarios_ReadOrRefuse()
    {
        var shipped = ScenarioPaths.Shipped().Select(File.ReadAllText).ToArray();

        var outcomes = Mutations.Check<ScenarioException>(shipped, text =>
        {
            var scenario = ScenarioReader.ReadText(text, "mutated.yaml", name => ScenarioReader.ReadFile(ScenarioPaths.Resolve(name)));
            ScenarioCompiler.Compile(scenario, DefaultData.Dataset, new CompileOptions(ScenarioFixture.Salient, Horizon: 6));
        }, iter: 200);

        Assert.True(outcomes.Read > 0 && outcomes.Refused > 0, outcomes.ToString());
    }
}
