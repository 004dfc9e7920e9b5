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
    /// 100 t (JPN 50, CHN 50); U.S. imports all from Japan. No trade flows: nobody's ore purchases are recorded.
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
    public void ContentFrom_JapaneseRefinerWithUnrecordedFeed_IsZeroAtTheLowBoundAndOneAtTheHigh()
    {
        // Japan mines nothing and its ore imports are not recorded: its refined tungsten may be anywhere from 0 to 100 % Chinese.
        // The old stand-in (world mining shares, 600 / 1000) would have presented 60 % as fact.
        var low = new TracedOriginAttribution(HandBuilt(), ContentBound.Low);
        var high = new TracedOriginAttribution(HandBuilt(), ContentBound.High);

        Assert.Equal(0.0, low.ContentFrom(Usa, Commodity, Stage.Refining, Jpn, Chn), 9);
        Assert.Equal(1.0, high.ContentFrom(Usa, Commodity, Stage.Refining, Jpn, Chn), 9);
        Assert.Contains("tungsten refining from JPN (0–100 %)", low.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void ContentFrom_TheConcernItself_IsWhollyTheConcern()
    {
        var attribution = new TracedOriginAttribution(HandBuilt());

        Assert.Equal(1.0, attribution.ContentFrom(Usa, Commodity, Stage.Refining, Chn, Chn));
    }

    [Fact]
    public void ContentFrom_OriginWithoutData_IsUnknownNotZeroAndIsNamed()
    {
        // Australia has no refining output or trade recorded: unknown, so 0 only at the low bound, and named as untraced
        var attribution = new TracedOriginAttribution(HandBuilt());

        Assert.Equal(0.0, attribution.ContentFrom(Usa, Commodity, Stage.Refining, Aus, Chn));
        Assert.Contains("tungsten refining from AUS", attribution.Describe(), StringComparison.Ordinal);
    }
}
