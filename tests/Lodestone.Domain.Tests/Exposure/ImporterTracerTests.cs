using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.Facts;
using Lodestone.Domain.KnowledgeBase;
using Lodestone.Domain.Model;
using Lodestone.Domain.Trade;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Exposure;

public class ImporterTracerTests
{
    private static readonly Iso3 Usa = new("USA"), Chn = new("CHN"), Jpn = new("JPN"), Kor = new("KOR");

    [Fact]
    public void Trace_UsGraphite_QuotesUsgsNaturalGraphiteSourcesAtMiningNotRefining()
    {
        // Given data/usgs_mcs_us_trade.csv, natural graphite (USGS MCS 2026, import sources 2021–24): China 46 %, Canada 13 %,
        // Mozambique 13 %, Mexico 12 %, other 16 %; NIR 100 % (2025e). reference/usgs_import_categories.csv puts natural
        // graphite at mining: it is the mined and beneficiated product, not refined anode material.
        var trace = ImporterTracer.Trace(DefaultData.Dataset, Usa, Chn, "graphite");

        // Then the headline stage is mining, weighed by those shares (they sum to 100 %: no rescaling) …
        Assert.Equal(Stage.Mining, trace.Headline);
        var mining = trace.At(Stage.Mining)!;
        Assert.Equal("natural graphite: all", mining.ImportCategory);
        Assert.Equal([("CHN", 0.46), ("OTH", 0.16), ("CAN", 0.13), ("MOZ", 0.13), ("MEX", 0.12)],
            mining.Partners.Select(p => (p.Partner.Code, Math.Round(p.Weight, 6))).ToArray());
        // … with nothing made at home (NIR 100 % of the natural-graphite series), so China's own 46 % is the proven floor
        // and the unnamed 16 % may all be Chinese.
        Assert.Equal(0, mining.Split.High, 9);
        Assert.InRange(mining.Share.Low, 0.46, 0.46 + 0.13 + 0.13 + 0.12);
        Assert.True(mining.Share.High >= 0.46 + 0.16);
        // The refining stage no longer borrows the mining shares.
        Assert.Null(trace.At(Stage.Refining)?.ImportCategory);
    }

    [Fact]
    public void Trace_StageWithTwoRecordedCodes_NamesTheCodeItDoesNotReadWithItsShareOfImports()
    {
        // Given lithium refining recorded under carbonate (2836.91) and hydroxide (2825.20), 2024: Japan imports
        // carbonate from Chile (USD 6,000) and hydroxide from China (USD 2,000); Korea imports only hydroxide from
        // China (USD 1,000). Carbonate carries the most trade (6,000 vs 3,000), so it is the code the trace reads.
        var data = TwoCodeLithium(
            Flow("CHL", Jpn, Carbonate, 6_000), Flow("CHN", Jpn, Hydroxide, 2_000), Flow("CHN", Kor, Hydroxide, 1_000));

        // When each importer's refining stage is traced
        var japan = ImporterTracer.Trace(data, Jpn, Chn, "lithium").At(Stage.Refining)!;
        var korea = ImporterTracer.Trace(data, Kor, Chn, "lithium").At(Stage.Refining)!;

        // Then partners are weighted by value over both forms (Japan: Chile 6,000 / 8,000, China 2,000 / 8,000; Korea:
        // China alone), and the hydroxide imports are named with their share of the stage's recorded imports by value
        Assert.Equal([("CHL", 0.75), ("CHN", 0.25)], japan.Partners.Select(p => (p.Partner.Code, p.Weight)).ToArray());
        Assert.Equal([("CHN", 1.0)], korea.Partners.Select(p => (p.Partner.Code, p.Weight)).ToArray());
        Assert.Equal("BACI 2024 HS 2836.91 + 2825.20, value", japan.WeightBasis);
        Assert.Contains("HS 2825.20 also records JPN's imports at the refining stage (BACI 2024: 1 partner, "
            + "USD 2,000, 25 % of the stage's recorded imports by value): partners are weighted by value over "
            + "HS 2836.91 and it; the traced share bounds their mix by tonnes and content range", japan.Gaps);
        Assert.Contains(korea.Gaps, g => g.StartsWith(
            "HS 2825.20 also records KOR's imports at the refining stage (BACI 2024: 1 partner, USD 1,000, 100 % of",
            StringComparison.Ordinal));
        // Both forms' content is in Japan's mass balance: Chile's carbonate 10 t × 18.79 % = 1.879 t Li (Chile imports
        // nothing: 0 % Chinese), China's hydroxide 10 t × 16.54–46.45 % = 1.654–4.645 t, against its own 20,000 t
        Assert.Equal(20_000 / (20_000 + 1.879 + 4.645), japan.Split.Low, 12);
        Assert.Equal(20_000 / (20_000 + 1.879 + 1.654), japan.Split.High, 12);
        // China's share of Japan's supply is its hydroxide content over the whole supply, at both ends of its range
        Assert.Equal(1.654 / (20_000 + 1.879 + 1.654), japan.Share.Low, 12);
        Assert.Equal(4.645 / (20_000 + 1.879 + 4.645), japan.Share.High, 12);
        // Korea makes none and imports only Chinese hydroxide: all Chinese (never "no imports recorded")
        Assert.Equal(ShareBounds.One, korea.Share);
    }

    [Fact]
    public void Trace_StageWithTwoCodesAndAFlowWithoutTonnes_LeavesTheImportMixUnknown()
    {
        // Given Japan's hydroxide from China has no recorded tonnes (BACI leaves some quantities blank)
        var data = TwoCodeLithium(
            Flow("CHL", Jpn, Carbonate, 6_000), Flow("CHN", Jpn, Hydroxide, 2_000) with { Tonnes = null });

        // When Japan's refining stage is traced
        var japan = ImporterTracer.Trace(data, Jpn, Chn, "lithium").At(Stage.Refining)!;

        // Then the imported content has no upper end: the split is [0, 20,000 / (20,000 + 1.879)] (the carbonate's
        // 1.879 t Li is the floor), the mix is unknown, and so China's share is anywhere up to 1 − 0 = 100 %
        Assert.Equal(0, japan.Split.Low, 12);
        Assert.Equal(20_000 / (20_000 + 1.879), japan.Split.High, 12);
        Assert.Equal(new ShareBounds(0, 1), japan.Share);
        Assert.Contains(japan.Gaps, g => g.EndsWith(
            "; the mix of the stage's imports is unknown (some flows lack tonnes)", StringComparison.Ordinal));
    }

    [Fact]
    public void Trace_ShippedData_HasOneRecordedCodePerStage_SoNoGapNamesAnUnreadCode()
    {
        // Given the shipped BACI extract (one single-commodity code with flows per commodity and stage, docs/trade.md)
        foreach (var commodity in DefaultData.Dataset.Commodities.All)
        {
            // When Japan's dependence on China is traced, then no stage reports a code left unread
            var trace = ImporterTracer.Trace(DefaultData.Dataset, Jpn, Chn, commodity.Name);
            var gaps = trace.Stages.SelectMany(s => s.Gaps);
            Assert.DoesNotContain(gaps, g => g.Contains(" also records ", StringComparison.Ordinal));
        }
    }

    private static readonly HsCode Carbonate =
        new("283691", "HS17", "Lithium carbonate", "lithium", Stage.Refining, 0.1879, 0.1879, [], ["s"], null);

    private static readonly HsCode Hydroxide =
        new("282520", "HS17", "Lithium hydroxide", "lithium", Stage.Refining, 0.1654, 0.4645, [], ["s"], null);

    private static TradeFlow Flow(string from, Iso3 to, HsCode code, double usd) =>
        new(2024, new Iso3(from), to, code.Hs6, usd, 10, "s");

    /// <summary>Lithium refining only: CHN 60 %, JPN 20 %, CHL 20 % of 100 kt; carbonate and hydroxide.</summary>
    private static Dataset TwoCodeLithium(params TradeFlow[] flows)
    {
        var d = DefaultData.Dataset;
        StageShareFact Share(string c, double s) => new("lithium", Stage.Refining, "refined lithium", 2024, "observed",
            false, false, null, new Iso3(c), null, new Share(s), "=", null, "kt", 100, null, "s", null);
        Source[] sources = [new Source("s", "test", null, null, null, null)];
        return new Dataset(d.Commodities, d.Countries, sources, [], [], [], [],
            [Share("CHN", 0.6), Share("JPN", 0.2), Share("CHL", 0.2)], [], [], [], tradeFlows: flows,
            hsCodes: [Carbonate, Hydroxide]);
    }
}
