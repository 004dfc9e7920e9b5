using Lodestone.Domain.Metrics;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Tests.Metrics;

public class GeoPolRiskTests
{
    // Two partners whose instability-weighted imports add to 1,000: 1,500 · 0.4 + 500 · 0.8 = 600 + 400.
    private static readonly GeoPolRiskPartner[] Partners =
    [
        new(new Iso3("CHN"), 1500, 0.4),
        new(new Iso3("AUS"), 500, 0.8),
    ];

    [Fact]
    public void Score_DomainPrimerCase_Is0Point12()
    {
        // Given weighted imports 1,000, total imports 2,000, production 500, HHI 0.3 (domain primer test case)
        // When
        var score = GeoPolRisk.Score(0.3, 0.3, Partners, 2000, 500);

        // Then: 0.3 · 1000 / (500 + 2000) = 0.12
        Assert.Equal(MetricStatus.Ok, score.Status);
        Assert.Equal(0.12, score.Value!.Value, 12);
    }

    [Fact]
    public void CharacterisationFactor_Price50_Is6()
    {
        // 0.12 · 50 = 6.0 (domain primer)
        var cf = GeoPolRisk.CharacterisationFactor(GeoPolRisk.Score(0.3, 0.3, Partners, 2000, 500), 50);

        Assert.Equal(6.0, cf.Value!.Value, 12);
    }

    [Fact]
    public void Score_PartnerWithoutWgi_IsAnIntervalNotADefault()
    {
        // Given the AUS instability unknown: g ∈ [0, 1] instead of geopolrisk-py's 0.5
        var partners = new[] { Partners[0], Partners[1] with { Instability = null } };

        // When
        var score = GeoPolRisk.Score(0.3, 0.3, partners, 2000, 500);

        // Then: lower 0.3 · 600 / 2500 = 0.072; upper 0.3 · (600 + 500) / 2500 = 0.132
        Assert.Equal(MetricStatus.Bounded, score.Status);
        Assert.Equal(0.072, score.Lower!.Value, 12);
        Assert.Equal(0.132, score.Upper!.Value, 12);
        Assert.Contains("AUS", score.Reason);
    }

    [Fact]
    public void Score_MissingProduction_IsInsufficient()
    {
        var score = GeoPolRisk.Score(0.3, 0.3, Partners, 2000, null);

        Assert.True(score.IsInsufficient);
        Assert.Equal("missing: domestic production p", score.Reason);
    }

    [Fact]
    public void CharacterisationFactor_MissingPrice_IsInsufficient()
    {
        var cf = GeoPolRisk.CharacterisationFactor(GeoPolRisk.Score(0.3, 0.3, Partners, 2000, 500), null);

        Assert.True(cf.IsInsufficient);
        Assert.Contains("price", cf.Reason);
    }
}
