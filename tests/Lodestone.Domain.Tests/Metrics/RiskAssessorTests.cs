using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Metrics;

public class RiskAssessorTests
{
    private static readonly Iso3 Usa = new("USA");

    [Fact]
    public void AssessEu_Gallium_IsInsufficientWithReasonButShowsPublishedCriticality()
    {
        // When the EU method runs on the shipped data (no EU sourcing, no trade parameter t, no EoL-RIR)
        var assessment = RiskAssessor.Assess(DefaultData.Dataset, "gallium", RiskMethod.Eu, Usa);

        // Then there is no value, the reason names the missing inputs, and the published 2023 SR 3.9 / EI 3.7
        // (Grohol & Veeh 2023 via CritMAT) classify gallium as critical
        Assert.Equal(MetricStatus.InsufficientData, assessment.Result.Status);
        Assert.Null(assessment.Result.Value);
        Assert.Contains("EU sourcing", assessment.Result.Reason);
        Assert.Contains("trade parameter t", assessment.Result.Reason);
        Assert.True(assessment.CriticalPublished);
    }

    [Fact]
    public void AssessUsgs_AnyCommodity_IsInsufficientNamingTheComponents()
    {
        var assessment = RiskAssessor.Assess(DefaultData.Dataset, "cobalt", RiskMethod.Usgs, Usa);

        Assert.True(assessment.Result.IsInsufficient);
        Assert.Contains("disruption potential", assessment.Result.Reason);
    }

    [Fact]
    public void AssessGeoPolRisk_EveryCommodity_NeverGivesAValueOutside0And1()
    {
        foreach (var commodity in RiskAssessor.Commodities(DefaultData.Dataset))
        {
            var result = RiskAssessor.Assess(DefaultData.Dataset, commodity, RiskMethod.GeoPolRisk, Usa).Result;
            if (!result.IsInsufficient)
            {
                Assert.InRange(result.Lower!.Value, 0, 1);
                Assert.InRange(result.Upper!.Value, result.Lower.Value, 1);
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(result.Reason));
            }
        }
    }
}
