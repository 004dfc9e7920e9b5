using System.Text.Json;
using Lodestone.Domain.Brief;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Brief;

public sealed class ComputeAtTests
{
    private static readonly BriefRequest Request =
        new(new Iso3("USA"), new Iso3("CHN"), null, new DateOnly(2026, 11, 23));

    /// <summary>One pass for several dates gives, at each date, the brief computed for that date alone. The dates are
    /// chosen on either side of China's export controls of 2023–2025 (gallium and germanium from 2023-08-01, graphite
    /// from 2023-12-01, the U.S. ban of 2024-12-03), so the date-dependent part (controls in force, partners)
    /// differs.</summary>
    [Fact]
    public void ComputeAt_TwoDates_EachEqualsTheBriefOfItsDateAlone()
    {
        DateOnly[] dates = [new(2023, 1, 15), new(2026, 11, 23)];

        var together = BriefCalculator.ComputeAt(DefaultData.Dataset, Request, dates);

        var alone = dates.Select(d => BriefCalculator.Compute(DefaultData.Dataset, Request with { AsOf = d })).ToList();
        Assert.Equal(alone.Select(Json), together.Select(Json));
        var (before, after) = (InForce(alone[0]), InForce(alone[1]));
        Assert.True(before < after, $"{before} vs {after} controls in force");
    }

    /// <summary>A brief as JSON, so the comparison covers every field, lists and dictionaries included.</summary>
    private static string Json(DependencyBrief brief) => JsonSerializer.Serialize(brief);

    private static int InForce(DependencyBrief brief) =>
        brief.Rows.Sum(r => r.ExportControls.Count(c => c.InForce == true));
}
