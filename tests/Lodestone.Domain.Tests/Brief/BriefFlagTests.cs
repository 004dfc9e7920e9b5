using Lodestone.Domain.Brief;

namespace Lodestone.Domain.Tests.Brief;

public class BriefFlagTests
{
    private static StageSummary Bounded(double upper) =>
        new(null, 2584, true, [], 2024, "mine production", "production", "CHN not listed by the source", ["s"], SupplierShareUpper: upper);

    private static StageSummary Known(double share) =>
        new(share, 2000, true, [], 2024, "mine production", "production", null, ["s"]);

    [Fact]
    public void For_OnlyABoundUnderAQuarter_LowAndSaysItIsABound()
    {
        // Given: the supplier is not listed at mining; "Other countries" hold 6 % of the world total
        var stages = new Dictionary<string, StageSummary?> { ["mining"] = Bounded(0.06), ["refining"] = null };

        // When
        var flag = BriefFlag.For("CHN", stages, null, controlsInForce: false);

        // Then
        Assert.Equal("low: CHN not listed at mining: at most 6 % (bound)", flag);
    }

    [Fact]
    public void For_OnlyABoundOfAQuarterOrMore_BoundedNotLow()
    {
        // A bound of 40 % cannot support "low": the supplier may hold anything up to it.
        var stages = new Dictionary<string, StageSummary?> { ["mining"] = Bounded(0.40) };

        Assert.Equal("bounded: CHN not listed at mining: at most 40 % (bound)", BriefFlag.For("CHN", stages, null, false));
    }

    [Fact]
    public void For_BoundUnderOnePercent_KeepsOneDecimal()
    {
        // 120 t of 110,000 t (niobium, Other countries 2024) is 0.109 %: "0 %" would read as none.
        var stages = new Dictionary<string, StageSummary?> { ["mining"] = Bounded(120.0 / 110000) };

        Assert.Equal("low: CHN not listed at mining: at most 0.1 % (bound)", BriefFlag.For("CHN", stages, null, false));
    }

    [Fact]
    public void For_KnownShareBelowABoundElsewhere_NamesTheBound()
    {
        // Known 5 % at refining, but up to 12 % at mining: "at most 5 % of any stage" would be wrong.
        var stages = new Dictionary<string, StageSummary?> { ["mining"] = Bounded(0.12), ["refining"] = Known(0.05) };

        Assert.Equal("low: CHN refines 5 %; CHN not listed at mining: at most 12 % (bound)", BriefFlag.For("CHN", stages, null, false));
    }

    [Fact]
    public void For_NothingKnownOrBounded_InsufficientData()
    {
        var stages = new Dictionary<string, StageSummary?> { ["mining"] = null };

        Assert.Equal("insufficient data", BriefFlag.For("CHN", stages, null, false));
    }
}
