using System.Text.Json;
using Lodestone.Testing;

namespace Lodestone.Cli.Tests.Commands.Trade;

/// <summary>
/// <c>lodestone trade</c> on the shipped BACI data. Expected figures were worked out by hand with Python's csv module over
/// data/trade/baci_hs17_v202601_2024_critical.csv and data/trade/baci_topn_values_2002_2024.csv (never from this code's output).
/// </summary>
public sealed class TradeCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task Trade_GalliumImportsOfUsa_GivesPartnersSharesAndTheBundle()
    {
        var run = await CliRunner.RunAsync("trade", "--commodity", "gallium", "--importer", "USA", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var code = Assert.Single(doc.RootElement.GetProperty("codes").EnumerateArray());
        // 8112.92 is the only code carrying gallium, and it is a bundle of seven metals
        Assert.Equal("811292", code.GetProperty("hs6").GetString());
        Assert.True(code.GetProperty("bundle").GetBoolean());
        Assert.Equal(7, code.GetProperty("bundle_members").GetArrayLength());
        // 31 exporters to the USA in 2024, 331,484,011 USD in all; Germany first: 135,868,147 USD, 98.681 t
        Assert.Equal(331_484_011d, code.GetProperty("partners_total_usd").GetDouble());
        var partners = code.GetProperty("partners").EnumerateArray().ToList();
        Assert.Equal(31, partners.Count);
        Assert.Equal("DEU", partners[0].GetProperty("iso3").GetString());
        Assert.Equal(135_868_147d, partners[0].GetProperty("value_usd").GetDouble());
        Assert.Equal(98.681, partners[0].GetProperty("tonnes").GetDouble());
        Assert.Equal(135_868_147d / 331_484_011d, partners[0].GetProperty("share").GetDouble(), 12);
        Assert.Equal(135_868_147d / 98.681, partners[0].GetProperty("unit_value_usd_per_tonne").GetDouble(), 6);
        // World 2024: 1,105,872,110 USD; China exports 319,409,568 USD, the first exporter
        Assert.Equal(1_105_872_110d, code.GetProperty("world_value_usd").GetDouble());
        var top = code.GetProperty("top_exporters")[0];
        Assert.Equal(("CHN", 319_409_568d), (top.GetProperty("iso3").GetString(), top.GetProperty("value_usd").GetDouble()));
        // Every figure cites the BACI release
        Assert.Equal("cepii-baci-hs17-v202601", Assert.Single(doc.RootElement.GetProperty("sources").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Trade_ExporterTajikistanAntimony_GivesItsShareOfWorldExports_InJsonAndTable()
    {
        // BACI 2024, HS 8110.10 (unwrought antimony), shipped extract: 513 flows worth 771,752,982 USD; Tajikistan exported
        // 240,271,877 USD of them (summed by hand from data/trade/baci_hs17_v202601_2024_critical.csv): 31.13 % of the world's
        var json = await CliRunner.RunAsync("trade", "--commodity", "antimony", "--exporter", "TJK", "--format", "json");
        var table = await CliRunner.RunAsync("trade", "--commodity", "antimony", "--exporter", "TJK");

        Assert.Equal((0, 0), (json.ExitCode, table.ExitCode));
        using var doc = JsonDocument.Parse(json.Out);
        var code = doc.RootElement.GetProperty("codes").EnumerateArray().Single(c => c.GetProperty("hs6").GetString() == "811010");
        Assert.Equal(771_752_982d, code.GetProperty("world_value_usd").GetDouble());
        Assert.Equal(240_271_877d, code.GetProperty("partners_total_usd").GetDouble());
        Assert.Equal(240_271_877d / 771_752_982d, code.GetProperty("partners_share_of_world").GetDouble(), 12);
        Assert.Contains("exports of TJK: 240,271,877 (31.1% of world trade in the code)", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trade_NoCountry_HasNoShareOfWorld()
    {
        var run = await CliRunner.RunAsync("trade", "--commodity", "antimony", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.All(doc.RootElement.GetProperty("codes").EnumerateArray(),
            c => Assert.Equal(JsonValueKind.Null, c.GetProperty("partners_share_of_world").ValueKind));
    }

    [Fact]
    public async Task Trade_ChinaShareSeries_IsTheShareOfRecordedExportsOfTheBundle()
    {
        var run = await CliRunner.RunAsync("trade", "--commodity", "germanium", "--format", "json");

        using var doc = JsonDocument.Parse(run.Out);
        var series = Assert.Single(doc.RootElement.GetProperty("supplier_share").EnumerateArray());
        var points = series.GetProperty("points").EnumerateArray().ToDictionary(p => p.GetProperty("year").GetInt32());
        // 23 years, 2002-2024. Label "gallium" rows (identical to "germanium"): 2024 CN 319,305,145 of 1,099,370,677 recorded;
        // 2005 CN 411,982,470 of 781,959,718
        Assert.Equal(23, points.Count);
        Assert.Equal(319_305_145d, points[2024].GetProperty("supplier_usd").GetDouble());
        Assert.Equal(1_099_370_677d, points[2024].GetProperty("recorded_usd").GetDouble());
        Assert.Equal(411_982_470d / 781_959_718d, points[2005].GetProperty("share").GetDouble(), 12);
        Assert.Contains("top-partner", series.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trade_CommodityWithoutCode_SaysMissingNotZero()
    {
        var run = await CliRunner.RunAsync("trade", "--commodity", "chromium");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no BACI flows of a code carrying chromium", run.Out, StringComparison.Ordinal);
        Assert.Contains("missing, not zero", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trade_YearWithoutFlows_ShowsWorldFiguresAsMissingNotZero()
    {
        // The shipped complete matrix is BACI 2024 only: 2023 has no flow of 8112.92, which is a gap in the data, not zero trade
        var json = await CliRunner.RunAsync("trade", "--commodity", "gallium", "--year", "2023", "--format", "json");
        var table = await CliRunner.RunAsync("trade", "--commodity", "gallium", "--year", "2023");

        Assert.Equal((0, 0), (json.ExitCode, table.ExitCode));
        using var doc = JsonDocument.Parse(json.Out);
        var code = Assert.Single(doc.RootElement.GetProperty("codes").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, code.GetProperty("year").ValueKind);
        Assert.Equal(JsonValueKind.Null, code.GetProperty("world_value_usd").ValueKind);
        Assert.Equal(JsonValueKind.Null, code.GetProperty("world_tonnes_known").ValueKind);
        Assert.Equal(0, code.GetProperty("flows").GetInt32());
        Assert.Contains("no flows recorded for 2023 (years with data: 2024)", table.Out, StringComparison.Ordinal);
        Assert.Contains("world: no flows recorded for this year (missing, not zero)", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("world: 0", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trade_Plot_WritesANonBlankPng()
    {
        var path = _temp.File("share.png");

        var run = await CliRunner.RunAsync("trade", "--commodity", "cobalt", "--plot", path);

        Assert.Equal(0, run.ExitCode);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(bytes.Length > 10_000, "a chart with a line and labels, not an empty canvas");
        PngImage.AssertDecodesNonBlank(path);
        Assert.Contains("Source: BACI", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trade_PlotNotPng_ExitsTwo()
    {
        var run = await CliRunner.RunAsync("trade", "--commodity", "cobalt", "--plot", "chart.jpg");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("expected FILE.png", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trade_GraphiteAndKazakhstan_ShowTheSourcedUsMeasures()
    {
        // Rows of data/us_trade_measures.csv: the preliminary AD duty on Chinese active anode material (93.5 %, Reuters 2025-07-18)
        // and Kazakhstan still subject to Jackson-Vanik
        var run = await CliRunner.RunAsync("trade", "--commodity", "graphite", "--importer", "KAZ", "--format", "json");

        using var doc = JsonDocument.Parse(run.Out);
        var measures = doc.RootElement.GetProperty("measures").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!);
        var ad = measures["DOC-AD-AAM-2025"];
        Assert.Equal(("antidumping", "preliminary"), (ad.GetProperty("measure_type").GetString(), ad.GetProperty("status").GetString()));
        Assert.StartsWith("93.5%", ad.GetProperty("rate_text").GetString(), StringComparison.Ordinal);
        Assert.Equal("2025-07-18", ad.GetProperty("source").GetProperty("published").GetString());
        Assert.Equal("subject", measures["JV-KAZ"].GetProperty("status").GetString());
        Assert.True(measures.ContainsKey("USTR-301-2026-GRAPHITE"));
        Assert.False(measures.ContainsKey("JV-KGZ"), "Kyrgyzstan's status bears on neither graphite nor Kazakhstan");
    }

    public void Dispose() => _temp.Dispose();
}
