using Lodestone.Domain.Metrics;

namespace Lodestone.Domain.Tests.Metrics;

public class UsgsSupplyRiskTests
{
    [Fact]
    public void Score_AllComponents_IsTheirProduct()
    {
        // 0.5 · 0.8 · 0.5 = 0.2 (hand-worked)
        Assert.Equal(0.2, UsgsSupplyRisk.Score(0.5, 0.8, 0.5).Value!.Value, 12);
    }

    [Fact]
    public void Score_MissingComponents_IsInsufficientNamingThem()
    {
        var score = UsgsSupplyRisk.Score(0.5, null, null);

        Assert.True(score.IsInsufficient);
        Assert.Equal("missing: trade exposure, economic vulnerability", score.Reason);
    }
}
