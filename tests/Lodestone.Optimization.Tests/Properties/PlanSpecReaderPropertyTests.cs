using CsCheck;
using Lodestone.Domain.Model;
using Lodestone.Optimization.Specs;
using Lodestone.Testing;
using Lodestone.Testing.Fuzzing;

namespace Lodestone.Optimization.Tests.Properties;

/// <summary>Mutated shipped plan files either read or are refused with a <see cref="PlanSpecException"/> listing file,
/// line and field, never another exception (this property found YamlDotNet's InvalidOperationException on <c>[MS[P,
/// US_FTA]</c>, and an InvalidCastException on a mapping written as a key, seed 13Vo5XMe-dG1). Generated plans read as
/// written, every value in its range, or are refused with exactly one error naming the one defect's field and
/// line.</summary>
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
    public void Read_GeneratedPlans_ReadAsWrittenOrNameTheDefectsFieldAndLine()
    {
        var outcomes = new Outcomes();

        Gen.Int[0, int.MaxValue].Select(PlanDocument.Generate).Sample(document =>
        {
            var clock = ThreadCpuClock.StartNew();
            PlanSpec? read = null;
            PlanSpecException? error = null;
            try
            {
                read = PlanSpecReader.Read(document.Text, "generated.yaml");
            }
            catch (PlanSpecException e)
            {
                error = e;
            }
            Assert.True(clock.Elapsed < Mutations.SuiteLimit, $"took {clock.Elapsed}");
            if (document.Expected is { } expected)
            {
                Assert.True(error is not null, "read a document with a defect");
                var only = Assert.Single(error.Errors);
                Assert.Equal(("generated.yaml", expected.Field, expected.Line), (only.File, only.Field, only.Line));
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

    private static void ReadAsWritten(PlanDocument document, PlanSpec read)
    {
        Assert.Equal((new Iso3(document.Importer), document.Quarters, document.Cap, document.Budget, document.Integer),
            (read.Importer, read.Quarters, read.Cap, read.BudgetUsd, read.IntegerProjects));
        Assert.Equal((document.Demand, document.Spare), (read.DemandPerYear?.Value, read.SpareCapacityFraction?.Value));
        Assert.Equal(document.Stock, read.Stockpile is { } s ? (s.Initial.Value, s.Max.Value) : null);
        Assert.Equal(document.Projects, read.Projects.Select(p => (p.Id, p.RampQuarters!.Value)));
        // In range by the schema's definitions, checked here by hand rather than by the reader's own bounds.
        Assert.InRange(read.Quarters!.Value, 1, 80);
        Assert.InRange(read.Cap!.Value, 0, 1);
        Assert.InRange(read.SpareCapacityFraction!.Value, 0, 1);
        Assert.True(read.Stockpile is null || read.Stockpile.Initial.Value <= read.Stockpile.Max.Value);
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
