using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Simulation.Attribution;
using Lodestone.Testing;

namespace Lodestone.Simulation.Tests.Attribution;

public sealed class TracedOriginAttributionTests
{
    private static readonly Iso3 Usa = new("USA"), Chn = new("CHN"), Jpn = new("JPN"), Aus = new("AUS"), Wld = Iso3.World;
    private const string Commodity = "tungsten";

    /// <summary>
    /// A hand-built tungsten chain on the default catalogues: world mining 1,000 t (CHN 600, AUS 400); world refining
    /// 100 t (JPN 50, CHN 50); U.S. imports all from Japan. The network feeds every refiner with world mining shares.
    /// </summary>
    private static Dataset HandBuilt()
    {
        var d = DefaultData.Dataset;
        var source = new Source("test-src", "hand-built case", null, null, null);
        ProductionFact Row(Stage stage, Iso3 country, double tonnes) =>
            new(Commodity, stage, stage == Stage.Mining ? "mine production" : "refinery production", country, 2024, tonnes, "t", false, false, null, source.Id);
        return new Dataset(d.Commodities, d.Countries, [source],
            [Row(Stage.Mining, Wld, 1000), Row(Stage.Mining, Chn, 600), Row(Stage.Mining, Aus, 400),
             Row(Stage.Refining, Wld, 100), Row(Stage.Refining, Jpn, 50), Row(Stage.Refining, Chn, 50)],
            [], [], [new ImportSourceFact(Commodity, Usa, Jpn, new Share(1.0), "2020-23", null, source.Id)], [], [], [], []);
    }

    [Fact]
    public void ContentFrom_JapaneseRefiner_CarriesChinasWorldMiningShare()
    {
        var attribution = new TracedOriginAttribution(HandBuilt());

        // Japan refines ore bought at world mining shares: 600 / 1000 of it is Chinese
        Assert.Equal(0.6, attribution.ContentFrom(Usa, Commodity, Stage.Refining, Jpn, Chn), 9);
    }

    [Fact]
    public void ContentFrom_TheConcernItself_IsWhollyTheConcern()
    {
        var attribution = new TracedOriginAttribution(HandBuilt());

        Assert.Equal(1.0, attribution.ContentFrom(Usa, Commodity, Stage.Refining, Chn, Chn));
    }

    [Fact]
    public void ContentFrom_OriginOutsideTheNetwork_CountsDirectAndIsNamed()
    {
        // Australia is no U.S. import partner here, so the network has no Australian refining node to trace
        var attribution = new TracedOriginAttribution(HandBuilt());

        Assert.Equal(0.0, attribution.ContentFrom(Usa, Commodity, Stage.Refining, Aus, Chn));
        Assert.Contains("tungsten refining from AUS", attribution.Describe(), StringComparison.Ordinal);
    }
}
