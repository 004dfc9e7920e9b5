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

    [Fact]
    public void ScoreOfImportShare_ExactShareOfThePrimerCase_IsThePrimersScore()
    {
        // Given the primer's case written as shares: f = 1,500 and 500 of F = 2,000, p = 500
        // → m = F ÷ (p + F) = 2,000 ÷ 2,500 = 0.8
        // When
        var score = GeoPolRisk.ScoreOfImportShare(0.3, 0.3, Partners, 0.8, 0.8, "p and F known");

        // Then: 0.3 · (1,000 ÷ 2,000) · 0.8 = 0.12, the primer's score by the other route
        Assert.Equal(MetricStatus.Ok, score.Status);
        Assert.Equal(0.12, score.Value!.Value, 12);
    }

    [Fact]
    public void ScoreOfImportShare_BoundedShareAndUnknownG_IsTheIntervalOfBothEnds()
    {
        // Given m ∈ [0.5, 0.8] (say p ∈ [500, 2,000] with F = 2,000) and AUS's instability unknown
        var partners = new[] { Partners[0], Partners[1] with { Instability = null } };

        // When
        var score = GeoPolRisk.ScoreOfImportShare(0.3, 0.3, partners, 0.5, 0.8, "p capped by other countries");

        // Then low = 0.3 · (1,500 · 0.4 ÷ 2,000) · 0.5 = 0.3 · 0.3 · 0.5 = 0.045;
        // high = 0.3 · ((600 + 500 · 1) ÷ 2,000) · 0.8 = 0.3 · 0.55 · 0.8 = 0.132; the reason names both unknowns
        Assert.Equal(MetricStatus.Bounded, score.Status);
        Assert.Equal(0.045, score.Lower!.Value, 12);
        Assert.Equal(0.132, score.Upper!.Value, 12);
        Assert.Contains("[0.5, 0.8] (p capped by other countries)", score.Reason, StringComparison.Ordinal);
        Assert.Contains("AUS", score.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreOfImportShare_NoShares_IsInsufficient()
    {
        var score = GeoPolRisk.ScoreOfImportShare(0.3, 0.3, [], 0.5, 1, "any");

        Assert.True(score.IsInsufficient);
    }
}
