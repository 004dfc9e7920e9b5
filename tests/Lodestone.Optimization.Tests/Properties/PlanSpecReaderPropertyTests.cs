using Lodestone.Optimization.Specs;
using Lodestone.Testing.Fuzzing;

namespace Lodestone.Optimization.Tests.Properties;

/// <summary>Mutated shipped plan files either read or are refused with a <see cref="PlanSpecException"/> listing file, line and
/// field, never another exception (this property found YamlDotNet's InvalidOperationException on <c>[MS[P, US_FTA]</c>, and an
/// InvalidCastException on a mapping written as a key, seed 13Vo5XMe-dG1).</summary>
public sealed class PlanSpecReaderPropertyTests
{
    [Fact]
    public void Read_MutatedShippedPlan_ReadsOrRefuses()
    {
        var shipped = File.ReadAllText(PlanFiles.DefaultFor("rare earths")!);

        var outcomes = Mutations.Check<PlanSpecException>([shipped], text => PlanSpecReader.Read(text, "mutated.yaml"), iter: 300);

        Assert.True(outcomes.Read > 0 && outcomes.Refused > 0, outcomes.ToString());
    }

    [Fact]
    public void Read_ScannerErrorInsideAFlowSequence_IsAPlanSpecErrorWithItsLine()
    {
        var yaml = "name: x\npartner_groups: [MS[P, US_FTA]\n";

        var error = Assert.Throws<PlanSpecException>(() => PlanSpecReader.Read(yaml, "plan.yaml"));

        var first = Assert.Single(error.Errors);
        Assert.Equal(("plan.yaml", "(syntax)"), (first.File, first.Field));
        Assert.InRange(first.Line, 1, 2);
    }

    [Theory]
    [InlineData("{name: x}: y\n", 1, "(root)", "mapping")]
    [InlineData("name: x\ndemand_per_year: {[t]: 1}\n", 2, "demand_per_year", "sequence")]
    public void Read_CollectionWrittenAsAKey_IsAPlanSpecErrorNamingTheField(string yaml, int line, string field, string kind)
    {
        var error = Assert.Throws<PlanSpecException>(() => PlanSpecReader.Read(yaml, "plan.yaml"));

        Assert.Contains(error.Errors, e => e.Line == line && e.Field == field && e.Message == $"expected a plain field name, got a {kind} as a key");
    }
}
