using CsCheck;
using Lodestone.Domain.Model;
using Lodestone.Simulation.Distributions;
using Lodestone.Simulation.Scenarios;
using Lodestone.Testing;
using Lodestone.Testing.Fuzzing;

namespace Lodestone.Simulation.Tests.Properties;

/// <summary>Mutated shipped scenarios either read and compile or are refused with a <see cref="ScenarioException"/>
/// (file, line, field), never another exception and without blowing up in time: the bounded-work rule of issue #12 on
/// inputs nobody wrote. Generated documents read as written, every parameter inside its range, or are refused naming
/// the one defect's field and line.</summary>
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

    [Fact]
    public void ReadText_GeneratedDocuments_ReadAsWrittenOrNameTheDefectsFieldAndLine()
    {
        var outcomes = new Outcomes();

        Gen.Int[0, int.MaxValue].Select(ScenarioDocument.Generate).Sample(document =>
        {
            var clock = ThreadCpuClock.StartNew();
            ScenarioDefinition? read = null;
            ScenarioException? error = null;
            try
            {
                read = ScenarioReader.ReadText(document.Text, "generated.yaml");
            }
            catch (ScenarioException e)
            {
                error = e;
            }
            Assert.True(clock.Elapsed < Mutations.SuiteLimit, $"took {clock.Elapsed}");
            if (document.Expected is { } expected)
            {
                Assert.True(error is not null, "read a document with a defect");
                Assert.Equal(("generated.yaml", expected.Field, expected.Line), (error.File, error.Field, error.Line));
            }
            else
            {
                Assert.True(error is null, error?.Message);
                ReadAsWritten(document, read!);
            }
            outcomes.Add(error is null);
        }, iter: 300, print: d => d.ToString());

        Assert.True(outcomes.Read > 0 && outcomes.Refused > 0, outcomes.ToString());
    }

    private static void ReadAsWritten(ScenarioDocument document, ScenarioDefinition read)
    {
        var start = new PartialDate(document.Start.Year, document.Start.Month);
        Assert.Equal((document.Name, start, document.Horizon, document.Importer),
            (read.Name, read.Start, read.Horizon, read.Importer.Code));
        Assert.Equal(document.Parameters.Select(p => p.Name).Order(), read.Defaults.Keys.Order());
        foreach (var parameter in document.Parameters)
        {
            var distribution = read.Defaults[parameter.Name].Value;
            Assert.Equal(parameter.Args, Arguments(distribution));
            // Range-checked: the smallest and largest draws the sampler can make lie in the parameter's range.
            var (low, high) = ParameterRanges.Extremes(distribution);
            var (min, max) = ScenarioDocument.RangeOf(parameter.Name);
            Assert.InRange(low, min, max);
            Assert.InRange(high, min, max);
        }
        if (document.Severity is { } severity)
        {
            Assert.Equal(severity, Assert.IsType<Fixed>(Assert.Single(read.Events).Severity.Value).Value);
        }
    }

    private static double[] Arguments(Distribution distribution) => distribution switch
    {
        Fixed f => [f.Value],
        Uniform u => [u.Lower, u.Upper],
        Triangular t => [t.Min, t.Mode, t.Max],
        Normal n => [n.Mu, n.Sigma, n.Lower, n.Upper],
        _ => throw new InvalidOperationException("not generated: " + distribution),
    };
}
