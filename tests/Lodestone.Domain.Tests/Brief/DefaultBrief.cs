using Lodestone.Domain.Brief;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Brief;

/// <summary>The USA/CHN brief on the shipped data as of 2026-11-23, computed once for the tests that read its rows.</summary>
internal static class DefaultBrief
{
    public static readonly DependencyBrief Brief = BriefCalculator.Compute(DefaultData.Dataset,
        new BriefRequest(new Iso3("USA"), new Iso3("CHN"), null, new DateOnly(2026, 11, 23)));

    public static BriefRow Row(string commodity) => Brief.Rows.Single(r => r.Commodity == commodity);
}
