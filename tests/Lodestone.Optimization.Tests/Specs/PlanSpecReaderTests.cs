using Lodestone.Optimization.Specs;

namespace Lodestone.Optimization.Tests.Specs;

public sealed class PlanSpecReaderTests
{
    [Fact]
    public void Read_SourcedValues_KeepsCitationsAndAssumptions()
    {
        // Given
        const string yaml = """
            commodity: rare earths
            cap: 0.5
            by: 2027-05
            demand_per_year: { value: 6600, source: "USGS MCS 2025" }
            spare_capacity_fraction: { value: 0.1, assumption: "placeholder" }
            """;

        // When
        var spec = PlanSpecReader.Read(yaml, "x.yaml");

        // Then
        Assert.Equal(6600, spec.DemandPerYear!.Value);
        Assert.False(spec.DemandPerYear.IsAssumption);
        Assert.True(spec.SpareCapacityFraction!.IsAssumption);
        Assert.Equal(0.5, spec.Cap);
    }

    public static TheoryData<string, int, string, string> BadPlans => new()
    {
        // A negative budget is meaningless.
        { "cap: 0.5\nbudget_usd: -5\n", 2, "budget_usd", "must not be negative" },
        // A price without a source breaks the house rule that every figure is sourced.
        { "cap: 0.5\nprice_usd_per_unit: 56000\n", 2, "price_usd_per_unit", "needs a source" },
        // A share cap above 1 cannot be a share.
        { "cap: 1.5\n", 1, "cap", "must be at most 1" },
        // A project both required and excluded contradicts itself.
        { "projects:\n  - id: ILU-ENEABBA\n    require: true\n    exclude: true\n", 2, "projects.ILU-ENEABBA", "contradictory" },
        // A stockpile that starts above its limit contradicts itself.
        { "stockpile:\n  initial: { value: 10, assumption: a }\n  max: { value: 5, assumption: b }\n  carrying_usd_per_unit_quarter: { value: 1, assumption: c }\n", 2, "stockpile", "contradictory" },
        // A typo must not silently drop a constraint.
        { "cpa: 0.5\n", 1, "cpa", "unknown field" },
    };

    [Theory]
    [MemberData(nameof(BadPlans))]
    public void Read_BadPlan_ThrowsWithLineAndField(string yaml, int line, string field, string message)
    {
        // When
        var e = Assert.Throws<PlanSpecException>(() => PlanSpecReader.Read(yaml, "bad.yaml"));

        // Then
        var error = Assert.Single(e.Errors);
        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"bad.yaml:{line}: {field}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_ShippedRareEarthPlan_IsValid()
    {
        // Given the plan shipped in plans/ (copied beside the binaries)
        var path = PlanFiles.DefaultFor("rare earths");

        // When
        var spec = PlanSpecReader.ReadFile(path!);

        // Then every cost parameter carries a citation.
        Assert.NotEmpty(spec.Citations());
        Assert.All(spec.Citations(), c => Assert.False(string.IsNullOrWhiteSpace(c.Citation)));
    }
}
