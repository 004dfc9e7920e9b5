using Lodestone.Domain.Exposure.Tracing;
using Lodestone.Domain.Model;
using Lodestone.Testing;

namespace Lodestone.Domain.Tests.Exposure;

public class ImporterTracerTests
{
    private static readonly Iso3 Usa = new("USA"), Chn = new("CHN");

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
}
