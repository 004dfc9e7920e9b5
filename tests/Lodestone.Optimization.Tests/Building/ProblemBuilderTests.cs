using Lodestone.Domain.Errors;
using Lodestone.Domain.Model;
using Lodestone.Optimization.Building;
using Lodestone.Optimization.Solving;
using Lodestone.Optimization.Specs;
using Lodestone.Testing;

namespace Lodestone.Optimization.Tests.Building;

public sealed class ProblemBuilderTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private readonly ProblemBuilder _builder = new(DefaultData.Dataset);

    private static PlanSpec Spec(string yaml) => PlanSpecReader.Read(yaml, "plan.yaml");

    [Fact]
    public void Build_UnknownProject_ReportsLineAndField()
    {
        // Given
        var spec = Spec("commodity: rare earths\ndemand_per_year: { value: 6600, source: s }\nprojects:\n  - id: NO-SUCH-PROJECT\n");

        // When
        var e = Assert.Throws<PlanSpecException>(() => _builder.Build(new PlanRequest(Today, spec)));

        // Then
        var error = Assert.Single(e.Errors);
        Assert.Equal(4, error.Line);
        Assert.Equal("projects.NO-SUCH-PROJECT", error.Field);
        Assert.Contains("unknown project", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DeadlineAfterHorizon_IsContradictory()
    {
        // Given a 4-quarter horizon from 2026Q4 (to 2027Q3) and a cap due in 2030
        var spec = Spec("commodity: rare earths\nquarters: 4\ncap: 0.5\nby: 2030-01\ndemand_per_year: { value: 6600, source: s }\n");

        // When
        var e = Assert.Throws<PlanSpecException>(() => _builder.Build(new PlanRequest(Today, spec)));

        // Then
        var error = Assert.Single(e.Errors);
        Assert.Equal("by", error.Field);
        Assert.Equal(4, error.Line);
        Assert.Contains("contradictory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoDemandFigure_AsksForOne()
    {
        var e = Assert.Throws<PlanningException>(() => _builder.Build(new PlanRequest(Today, new PlanSpec(), "gallium")));
        Assert.Equal(ErrorCode.InsufficientData, e.Code);
        Assert.Contains("demand_per_year", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ShippedRareEarthPlan_SolvesAndExplains()
    {
        // Given the default data and the shipped plan, asked as on the command line: --cap 0.5 --by 2027-05
        var spec = PlanSpecReader.ReadFile(PlanFiles.DefaultFor("rare earths")!);
        var built = _builder.Build(new PlanRequest(Today, spec, "rare earths", Cap: 0.5, By: new PartialDate(2027, 5)));

        // When
        var result = new Planner().Solve(built.Problem, notes: built.Notes);

        // Then: feasible or not, the answer comes with words.
        Assert.NotEqual(PlanStatus.Unknown, result.Status);
        Assert.False(string.IsNullOrWhiteSpace(result.Summary));
        Assert.Contains(built.Notes, n => n.Contains("import shares", StringComparison.Ordinal));
    }
}
