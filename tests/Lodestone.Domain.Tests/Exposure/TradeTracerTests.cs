using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Exposure;

public class TradeTracerTests
{
    private static readonly Iso3 Chn = new("CHN"), Jpn = new("JPN"), Chl = new("CHL"), Kor = new("KOR");

    private static readonly HsCode Carbonate = new("283691", "HS17", "Lithium carbonate", "lithium", Stage.Refining, 0.1879, 0.1879, [], ["s"], null);

    /// <summary>A lithium world with refining only: CHN 60 %, JPN 20 %, CHL 20 % of 100 kt, and the given 2024 carbonate flows.</summary>
    private static Dataset World(params (string From, string To, double Tonnes)[] flows)
    {
        var d = DefaultData.Dataset;
        StageShareFact Share(Iso3 c, double s) =>
            new("lithium", Stage.Refining, "refined lithium", 2024, "observed", false, false, null, c, null, new Share(s), "=", null, "kt", 100, null, "s", null);
        return new Dataset(d.Commodities, d.Countries, [new Source("s", "test", null, null, null, null)], [], [], [], [],
            [Share(Chn, 0.6), Share(Jpn, 0.2), Share(Chl, 0.2)], [], [], [],
            tradeFlows: flows.Select(f => new TradeFlow(2024, new Iso3(f.From), new Iso3(f.To), "283691", 1000, f.Tonnes, "s")),
            hsCodes: [Carbonate]);
    }

    [Fact]
    public void Trace_ReexportingRefiner_CarriesItsImportedShareByMassBalance()
    {
        // Given Japan refines 20,000 t Li and imports 100 t carbonate from China and 100 t from Chile (Chile imports nothing),
        // and Korea, which refines nothing, imports 50 t from Japan and 50 t from China
        var data = World(("CHN", "JPN", 100), ("CHL", "JPN", 100), ("JPN", "KOR", 50), ("CHN", "KOR", 50));

        // When China's content is traced
        var trace = TradeTracer.Trace(data, "lithium", Chn);

        // Then Japan: imported Li = 200 t × 0.1879 = 37.58 t, half of it Chinese; its own 20,000 t are an origin (no upstream stage)
        var japan = 0.5 * 37.58 / (20_000 + 37.58);
        Assert.Equal(japan, trace.Content(Jpn, Stage.Refining).Low, 12);
        Assert.True(trace.Content(Jpn, Stage.Refining).IsExact);
        // Chile records no imports in the complete matrix: its supply is its own, 0 % Chinese
        Assert.Equal(ShareBounds.Zero, trace.Content(Chl, Stage.Refining));
        // Korea makes nothing (the listed refiners cover 100 %): half Japan's mix, half China's
        var korea = trace.Content(Kor, Stage.Refining);
        Assert.Equal(0.5 * japan + 0.5, korea.Low, 12);
        Assert.True(korea.IsExact);
    }

    [Fact]
    public void Trace_SeveralTradeYears_ReadsTheNewestUpToTheViewsYear()
    {
        // Given refining shares of 2022 and Japan's carbonate imports: 100 t from China in 2022, 100 t from Chile in 2024
        var d = World();
        var shares = d.StageShares.Select(s => s with { Year = 2022 });
        TradeFlow Flow(int year, string from) => new(year, new Iso3(from), Jpn, "283691", 1000, 100, "s");
        var data = new Dataset(d.Commodities, d.Countries, d.Sources.Values, [], [], [], [], shares, [], [], [],
            tradeFlows: [Flow(2022, "CHN"), Flow(2024, "CHL")], hsCodes: [Carbonate]);

        // When China's content is traced for 2023, 2024 and 2021
        var of2023 = TradeTracer.Trace(data, "lithium", Chn, 2023);
        var of2024 = TradeTracer.Trace(data, "lithium", Chn, 2024);
        var of2021 = TradeTracer.Trace(data, "lithium", Chn, 2021);

        // Then 2023 reads 2022's flows (all Chinese: 18.79 t Li on 20,000 t made), 2024 its own (Chilean: 0 %), never a later year
        // while an earlier one exists; 2021, with no year before it, reads the oldest later one (2022)
        Assert.Equal(0.1879 * 100 / (20_000 + 0.1879 * 100), of2023.Content(Jpn, Stage.Refining).Low, 12);
        Assert.Equal(ShareBounds.Zero, of2024.Content(Jpn, Stage.Refining));
        Assert.Equal(2022, of2021.Codes[Stage.Refining].Year);
    }

    [Fact]
    public void Trace_ReexportCycleWithoutOwnOutput_StaysUnknownNeverZero()
    {
        // Given Korea and Taiwan (no refining output) only ship carbonate to each other
        var data = World(("KOR", "TWN", 10), ("TWN", "KOR", 10));

        var trace = TradeTracer.Trace(data, "lithium", Chn);

        // Then nothing says where their material came from: [0, 1], not 0
        Assert.Equal(ShareBounds.Unknown, trace.Content(Kor, Stage.Refining));
    }

    [Fact]
    public void Trace_BundleCode_BoundsByTheExportersThatShippedAny()
    {
        // Given only a bundle code: Korea imports it from China and Chile
        var bundle = Carbonate with { BundleMembers = ["lithium", "sodium"] };
        var d = World(("CHN", "KOR", 10), ("CHL", "KOR", 990));
        var data = new Dataset(d.Commodities, d.Countries, d.Sources.Values, [], [], [], [], d.StageShares, [], [], [],
            tradeFlows: d.TradeFlows, hsCodes: [bundle]);

        var trace = TradeTracer.Trace(data, "lithium", Chn);

        // Then Korea's content lies between Chile's 0 and China's 1, whatever the tonnes: the bundle does not say how much is lithium
        Assert.Equal(ShareBounds.Unknown, trace.Content(Kor, Stage.Refining));
    }

    [Fact]
    public void Mix_IsLinearInTheSplit_SoItsExtremesAreAtTheSplitsEnds()
    {
        // m in [0.2, 0.5] of made content [0, 0] and imported content [0.4, 0.6]: low = 0.5·0 + 0.5·0.4, high = 0.2·0 + 0.8·0.6
        var mixed = ShareBounds.Mix(new ShareBounds(0.2, 0.5), ShareBounds.Zero, new ShareBounds(0.4, 0.6));

        Assert.Equal(0.2, mixed.Low, 12);
        Assert.Equal(0.48, mixed.High, 12);
    }
}
