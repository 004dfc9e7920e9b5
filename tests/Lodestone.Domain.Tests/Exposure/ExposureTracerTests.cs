using Lodestone.Domain.Exposure;
using Lodestone.Domain.Model;

namespace Lodestone.Domain.Tests.Exposure;

public class ExposureTracerTests
{
    private static readonly Iso3 Usa = new("USA"), Jpn = new("JPN"), Chn = new("CHN"), Mys = new("MYS"), Mmr = new("MMR"), Aus = new("AUS");

    /// <summary>
    /// Hand-built three tiers: Myanmar ore → Chinese refining → Japanese magnets → U.S.
    /// U.S. magnets: JPN 60 %, CHN 40 %. JPN magnets: CHN refined 80 %, MYS refined 20 %. CHN magnets: CHN refined 100 %.
    /// CHN refining feed: MMR ore 40 %, CHN ore 60 %. MYS refining feed: AUS ore 100 %.
    /// </summary>
    private static SupplyNetwork ThreeTier() => new SupplyNetworkBuilder()
        .Input(SupplyNode.Use(Usa), new SupplyNode(Jpn, Stage.Components), 0.6)
        .Input(SupplyNode.Use(Usa), new SupplyNode(Chn, Stage.Components), 0.4)
        .Input(new SupplyNode(Jpn, Stage.Components), new SupplyNode(Chn, Stage.Refining), 0.8)
        .Input(new SupplyNode(Jpn, Stage.Components), new SupplyNode(Mys, Stage.Refining), 0.2)
        .Input(new SupplyNode(Chn, Stage.Components), new SupplyNode(Chn, Stage.Refining), 1.0)
        .Input(new SupplyNode(Chn, Stage.Refining), new SupplyNode(Mmr, Stage.Mining), 0.4)
        .Input(new SupplyNode(Chn, Stage.Refining), new SupplyNode(Chn, Stage.Mining), 0.6)
        .Input(new SupplyNode(Mys, Stage.Refining), new SupplyNode(Aus, Stage.Mining), 1.0)
        .Build();

    [Fact]
    public void Trace_ThreeTierCase_GivesHandWorkedChinaShares()
    {
        // When the U.S. supply is traced upstream
        var trace = ExposureTracer.Trace(ThreeTier(), SupplyNode.Use(Usa), new JacobiUpstreamSolver());

        // Then (by hand): components CHN = 0.4;
        // refining CHN = 0.6 · 0.8 + 0.4 · 1.0 = 0.88; mining CHN = 0.88 · 0.6 = 0.528, MMR = 0.88 · 0.4 = 0.352, AUS = 0.6 · 0.2 = 0.12
        Assert.Equal(0.4, trace.ShareAt(Chn, Stage.Components), 9);
        Assert.Equal(0.88, trace.ShareAt(Chn, Stage.Refining), 9);
        Assert.Equal(0.528, trace.ShareAt(Chn, Stage.Mining), 9);
        Assert.Equal(0.352, trace.ShareAt(Mmr, Stage.Mining), 9);
        Assert.Equal(0.12, trace.ShareAt(Aus, Stage.Mining), 9);
    }

    [Fact]
    public void Trace_ThreeTierCase_StageSharesSumToOne()
    {
        var trace = ExposureTracer.Trace(ThreeTier(), SupplyNode.Use(Usa), new JacobiUpstreamSolver());

        foreach (var stage in new[] { Stage.Mining, Stage.Refining, Stage.Components })
        {
            Assert.Equal(1.0, trace.SharesAt(stage).Values.Sum(), 9);
        }
    }

    [Fact]
    public void AnyStageShare_ThreeTierCase_IsOneMinusTheOnlyChinaFreePath()
    {
        var solver = new JacobiUpstreamSolver();
        var trace = ExposureTracer.Trace(ThreeTier(), SupplyNode.Use(Usa), solver);

        // The only path avoiding China is AUS ore → MYS refining → JPN magnets → US: 1.0 · 0.2 · 0.6 = 0.12, so 0.88
        Assert.Equal(0.88, ExposureTracer.AnyStageShare(trace, Chn, solver), 9);
    }

    [Fact]
    public void Paths_ThreeTierCase_MyanmarChinaJapanRouteCarries19Point2Percent()
    {
        var paths = ExposureTracer.Paths(ThreeTier(), SupplyNode.Use(Usa))!;

        // MMR ore → CHN refining → JPN magnets → US: 0.4 · 0.8 · 0.6 = 0.192; all five paths sum to 1
        var route = paths.Single(p => p.Nodes.Select(n => n.ToString()).SequenceEqual(["MMR/mining", "CHN/refining", "JPN/components", "USA/use"]));
        Assert.Equal(0.192, route.Share, 9);
        Assert.Equal(5, paths.Count);
        Assert.Equal(1.0, paths.Sum(p => p.Share), 9);
    }

    [Fact]
    public void Build_InputsAboveOne_Throws()
    {
        var builder = new SupplyNetworkBuilder()
            .Input(SupplyNode.Use(Usa), new SupplyNode(Chn, Stage.Refining), 0.7)
            .Input(SupplyNode.Use(Usa), new SupplyNode(Jpn, Stage.Refining), 0.7);

        Assert.Throws<InvalidOperationException>(builder.Build);
    }
}
